package org.fachwerk.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.fachwerk.core.AdminCommand;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Runs one administration command and returns its exit code: 0 done, 2 wrong use (the message says what is
 * wrong and how to call it right), 3 failed (the message says why); a module's command may use 1 for what it
 * found wrong. Besides its own commands it runs those the installed modules offer as {@link AdminCommand}s.
 */
public final class AdminApplication implements IApplication {

    /** Exit code of a command called wrongly. */
    static final int WRONG_USE = AdminCommand.WRONG_USE;
    /** Exit code of a command that failed, e.g. because the database cannot be opened. */
    static final int FAILED = 3;

    @Override
    public Object start(IApplicationContext context) {
        String[] arguments = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return run(arguments == null ? new String[0] : arguments, out, err);
    }

    /** Runs the command named by the first argument with the others. */
    static int run(String[] arguments, PrintStream out, PrintStream err) {
        List<AdminCommand> modules = moduleCommands();
        if (arguments.length == 0) {
            err.println(usage(modules));
            return WRONG_USE;
        }
        String[] options = Arrays.copyOfRange(arguments, 1, arguments.length);
        try {
            if (arguments[0].equals("holidays")) {
                return HolidaysCommand.run(options, out);
            }
            for (AdminCommand command : modules) {
                if (command.name().equals(arguments[0])) {
                    return command.run(List.of(options), out, err);
                }
            }
            err.println(NLS.bind(Messages.UnknownCommand, arguments[0]));
            err.println(usage(modules));
            return WRONG_USE;
        } catch (WrongUse e) {
            err.println(e.getMessage());
            return WRONG_USE;
        } catch (Exception e) {
            err.println(NLS.bind(Messages.Failed, arguments[0], e.getMessage()));
            return FAILED;
        }
    }

    /** The usage: the built-in commands and those of the installed modules. */
    private static String usage(List<AdminCommand> modules) {
        StringBuilder usage = new StringBuilder(Messages.Usage);
        modules.forEach(command -> usage.append("\n  ").append(command.usage()));
        return usage.toString();
    }

    /** The commands the installed modules offer as services. */
    private static List<AdminCommand> moduleCommands() {
        Bundle bundle = FrameworkUtil.getBundle(AdminApplication.class);
        if (bundle == null || bundle.getBundleContext() == null) {
            return List.of();
        }
        BundleContext context = bundle.getBundleContext();
        List<AdminCommand> commands = new ArrayList<>();
        try {
            for (ServiceReference<AdminCommand> reference : context.getServiceReferences(AdminCommand.class, null)) {
                AdminCommand command = context.getService(reference);
                if (command != null) {
                    commands.add(command);
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter is given", e);
        }
        commands.sort(Comparator.comparing(AdminCommand::name));
        return commands;
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
