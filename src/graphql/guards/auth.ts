// Mutations change the graph, so they need the API token (KG_API_TOKEN) as
// `Authorization: Bearer <token>`. No token configured on the server → mutations are off.
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';

/** What a request presented, and what the server expects (the request context has both). */
interface Credentials {
  /** The token mutations require; undefined = mutations disabled. */
  apiToken: string | undefined;
  /** The value of the request's Authorization header, if any. */
  authorization: string | undefined;
}

export function requireApiToken(ctx: Credentials): void {
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
