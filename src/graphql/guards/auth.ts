// Mutations change the graph, so they need the API token (KG_API_TOKEN) as
// `Authorization: Bearer <token>`. No token configured on the server → mutations are off.
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { RequestContext } from '../context';

export function requireApiToken(ctx: RequestContext): void {
  if (!ctx.apiToken) {
    throw new GraphQLError('mutations are disabled on this server: it was started without KG_API_TOKEN', { extensions: { code: 'FORBIDDEN' } });
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(ctx.authorization ?? '');
  if (!match) {
    throw new GraphQLError('this mutation needs the API token: send the header "Authorization: Bearer <KG_API_TOKEN>"', {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (!sameSecret(match[1], ctx.apiToken)) {
    throw new GraphQLError('the API token in the Authorization header is wrong', { extensions: { code: 'FORBIDDEN' } });
  }
}

/** Constant-time comparison (hashing first makes the lengths equal). */
function sameSecret(a: string, b: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(a), digest(b));
}
