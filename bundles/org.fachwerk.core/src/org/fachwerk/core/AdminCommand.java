package org.fachwerk.core;

import java.io.PrintStream;
import java.util.List;

/**
 * A command for administrators that the start script runs without a window, as {@code fachwerk NAME [options]}.
 * Modules offer theirs as OSGi services; the administration application finds those of the installed modules.
 */
public interface AdminCommand {

    /** Exit code of a command called wrongly. */
    int WRONG_USE = 2;

    /** The name it is called by, e.g. {@code verify}. */
    String name();

    /** One line for the list of commands: options and what it does. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the exit code: 0 when all is well, {@link #WRONG_USE} when called wrongly (after saying why on err),
     *         another number when it found something wrong
     */
    int run(List<String> options, PrintStream out, PrintStream err) throws Exception;
}
