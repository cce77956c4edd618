import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findArticleFiles, InputError, readArticle, sourceOf } from '../../src/ingest/files';

describe('article files', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-files-'));
    fs.mkdirSync(path.join(dir, 'b'));
    fs.writeFileSync(path.join(dir, 'b', 'z.html'), '<p>青禾镇召开会议。</p>');
    fs.writeFileSync(path.join(dir, 'a.txt'), '青禾镇召开会议。');
    fs.writeFileSync(path.join(dir, 'notes.md'), '不是文章');
    fs.writeFileSync(path.join(dir, 'junk.txt'), Buffer.from([0, 1, 2, 255, 254, 0]));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('walks folders in a stable order, taking .txt and .html only', async () => {
    const files = await findArticleFiles([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.txt', path.join('b', 'z.html'), 'junk.txt']);
  });

  it('names a missing path and says what it expected', async () => {
    await expect(findArticleFiles([path.join(dir, 'nope')])).rejects.toThrow(new InputError(`no such file or folder: ${path.join(dir, 'nope')} (give .txt/.html files or folders holding them)`));
  });

  it('records sources relative to the working folder when below it', () => {
    expect(sourceOf('/work/x/seeds/a.txt', '/work/x')).toBe('seeds/a.txt');
    expect(sourceOf('/elsewhere/a.txt', '/work/x')).toBe('/elsewhere/a.txt');
  });

  it('reads html as html, and refuses binary junk naming the file', async () => {
    expect(await readArticle(path.join(dir, 'b', 'z.html'))).toMatchObject({ format: 'html', text: '<p>青禾镇召开会议。</p>' });
    await expect(readArticle(path.join(dir, 'junk.txt'))).rejects.toThrow(/cannot decode .*junk\.txt/);
  });
});
