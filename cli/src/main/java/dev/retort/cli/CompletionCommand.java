package dev.retort.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** picocli's completion script for bash and zsh: {@code source <(retort generate-completion)}. */
@Command(
        name = "generate-completion",
        description = "Print a bash/zsh completion script for retort: source <(retort generate-completion)",
        footer = {"", "Example:", "  echo 'source <(retort generate-completion)' >> ~/.bashrc"})
final class CompletionCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(AutoComplete.bash("retort", spec.parent().commandLine()));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
