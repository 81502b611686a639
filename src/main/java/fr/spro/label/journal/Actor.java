package fr.spro.label.journal;

/**
 * Who acted and from where, as the journal keeps it. On the web and the API: the signed-in
 * account's username (or {@value #ANONYMOUS}) and the request's remote address, resolved once per
 * request by the security module — controllers declare an {@code Actor} parameter, they never read
 * the principal or the address themselves. On the command line: {@link #commandLine()}.
 *
 * @param name   the username, or the operator's system account on the command line
 * @param origin the remote address, {@value #COMMAND_LINE} on the command line, or the folder of an inbox import
 */
public record Actor(String name, String origin) {

    /** Who a request without a signed-in account is. */
    public static final String ANONYMOUS = "anonyme";
    /** Where a command run from the command line comes from. */
    public static final String COMMAND_LINE = "ligne de commande";

    /** The operator running a command: the system account running it, there being no sign-in on the command line. */
    public static Actor commandLine() {
        return new Actor(System.getProperty("user.name", "cli"), COMMAND_LINE);
    }
}
