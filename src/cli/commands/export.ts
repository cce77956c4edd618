// Placeholder until the owning issue lands; replaced by the real command.
export async function run(_args: string[]): Promise<number> {
  process.stderr.write('kg export: not implemented yet\n');
  return 1;
}
