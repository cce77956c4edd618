// docker-compose.yml cannot be run here (no Docker engine), so it is checked as data: it
// must parse, and the services must be wired the way docs/setup.md promises. When a compose
// CLI is installed, its own `config` validation runs as well.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseDocument } from 'yaml';
import { PROJECT_ROOT } from '../../src/config';
import { itIf } from '../skip-with-reason';

const COMPOSE_FILE = path.join(PROJECT_ROOT, 'docker-compose.yml');
const text = fs.readFileSync(COMPOSE_FILE, 'utf8');

interface Service {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[]; interval: string; timeout: string; retries: number; start_period: string };
}
const compose = parse(text) as { services: Record<string, Service>; volumes: Record<string, unknown> };

describe('docker-compose.yml', () => {
  it('is valid YAML without duplicate keys', () => {
    const doc = parseDocument(text, { uniqueKeys: true });
    expect(doc.errors).toEqual([]);
  });

  it('runs Neo4j 5.26 community with a Bolt healthcheck and its data in a named volume', () => {
    const neo4j = compose.services.neo4j;
    expect(neo4j.image).toBe('neo4j:5.26-community');
    expect(neo4j.environment?.NEO4J_AUTH).toBe('neo4j/${NEO4J_PASSWORD:-meeting-kg-local}');
    expect(neo4j.healthcheck?.test[0]).toBe('CMD-SHELL');
    expect(neo4j.healthcheck?.test[1]).toContain('cypher-shell');
    expect(neo4j.healthcheck?.test[1]).toContain('bolt://localhost:7687');
    const dataVolume = neo4j.volumes?.find((v) => v.endsWith(':/data'));
    expect(dataVolume).toBeDefined();
    expect(Object.keys(compose.volumes)).toContain(dataVolume!.split(':')[0]);
  });

  it('publishes ports on 127.0.0.1 only', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      for (const port of service.ports ?? []) expect({ service: name, port }).toEqual({ service: name, port: expect.stringMatching(/^127\.0\.0\.1:/) });
    }
  });

  it('builds the API from the Dockerfile and wires it to the neo4j service by the NEO4J_* variables', () => {
    const api = compose.services.api;
    expect(api.build).toEqual({ context: '.', dockerfile: 'Dockerfile' });
    expect(api.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(api.environment).toMatchObject({
      NEO4J_URI: 'bolt://neo4j:7687',
      NEO4J_USER: 'neo4j',
      NEO4J_PASSWORD: '${NEO4J_PASSWORD:-meeting-kg-local}',
      NEO4J_DATABASE: '${NEO4J_DATABASE:-neo4j}',
      HOST: '0.0.0.0',
    });
    expect(api.healthcheck?.test.join(' ')).toContain('/health');
  });

  it('uses a Dockerfile that builds with npm ci and runs the compiled server', () => {
    const dockerfile = fs.readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^FROM node:20/m);
    expect(dockerfile).toMatch(/^RUN npm ci$/m);
    expect(dockerfile).toMatch(/npm run build/);
    expect(dockerfile).toContain('CMD ["node", "dist/src/server/main.js"]');
    expect(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).toContain('"build"');
  });

  const cli = composeCli();
  itIf(cli ? undefined : 'neither `docker compose` nor `docker-compose` runs here', `is accepted by \`${cli?.join(' ') ?? 'docker compose'} config\``, () => {
    const result = spawnSync(cli![0], [...cli!.slice(1), '-f', COMPOSE_FILE, 'config', '-q'], { encoding: 'utf8', cwd: PROJECT_ROOT });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
  });
});

/** `docker compose` (the plugin) or the older `docker-compose`, whichever is installed. */
function composeCli(): string[] | undefined {
  if (spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0) return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0) return ['docker-compose'];
  return undefined;
}
