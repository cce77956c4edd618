package kg.neo4j;

import java.util.Map;

import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Makes the password of the built-in user {@code neo4j} the one the project is configured
 * with, on every start. A fresh store has the password "neo4j" with "change required", which
 * drivers cannot use; setting it on every start (not only the first) also means that a
 * changed NEO4J_PASSWORD takes effect at the next `npm run db:start`.
 */
final class PasswordSetup {
    private static final String ALTER_PASSWORD =
            "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED";

    private PasswordSetup() {
    }

    static void apply(DatabaseManagementService dbms, String password) {
        if (alreadyAccepted(dbms, password)) {
            Launcher.log("password of user neo4j already set");
            return;
        }
        try {
            dbms.database("system").executeTransactionally(ALTER_PASSWORD, Map.of("password", password));
            Launcher.log("password of user neo4j set");
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has; that is the
            // normal case on every start after the first.
            if (isSamePasswordRefusal(e)) {
                Launcher.log("password of user neo4j already set");
                return;
            }
            throw e;
        }
    }

    /**
     * Asks the security layer directly whether neo4j/password logs in. This costs a few
     * milliseconds, where the ALTER USER statement costs seconds on a cold JVM (it is the
     * first Cypher the server compiles), and most starts need no change.
     */
    private static boolean alreadyAccepted(DatabaseManagementService dbms, String password) {
        try {
            AuthManager auth = ((GraphDatabaseAPI) dbms.database("system")).getDependencyResolver().resolveDependency(AuthManager.class);
            var login = auth.login(AuthToken.newBasicAuthToken("neo4j", password), ClientConnectionInfo.EMBEDDED_CONNECTION);
            return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
        } catch (Exception | LinkageError e) {
            // An internal API: should it change in a later 5.26.x, fall back to ALTER USER.
            Launcher.log("could not check the password directly (" + Launcher.describe(e) + "); setting it");
            return false;
        }
    }

    private static boolean isSamePasswordRefusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.contains("Old password and new password cannot be the same")) {
                return true;
            }
        }
        return false;
    }
}
