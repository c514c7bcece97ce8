package org.fachwerk.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

/**
 * Runs one administration command and returns its exit code: 0 done, 2 wrong use (the message says what is
 * wrong and how to call it right).
 */
public final class AdminApplication implements IApplication {

    /** Exit code of a command called wrongly. */
    static final int WRONG_USE = 2;

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(arguments == null ? new String[0] : arguments, out, err);
    }

    /** Runs the command named by the first argument with the others. */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        if (arguments.length == 0) {
            err.println(Messages.Usage);
            return WRONG_USE;
        }
        String[] options = Arrays.copyOfRange(arguments, 1, arguments.length);
        try {
            switch (arguments[0]) {
            case "holidays":
                return HolidaysCommand.run(options, out);
            default:
                err.println(NLS.bind(Messages.UnknownCommand, arguments[0]));
                err.println(Messages.Usage);
                return WRONG_USE;
            }
        } catch (WrongUse e) {
            err.println(e.getMessage());
            return WRONG_USE;
        }
    }

    @Override
    public void stop() {
        // every command finishes by itself
    }

    /** A command called wrongly; the message says what is wrong. */
    static final class WrongUse extends Exception {
        private static final long serialVersionUID = 1L;

        WrongUse(String message) {
            super(message);
        }
    }
}
