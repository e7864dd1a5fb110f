package io.autoghg.accounting.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accounted; carries every problem found, each naming file, line and field. */
public class InvalidInputException extends RuntimeException {
    private final transient List<InputProblem> problems;

    public InvalidInputException(List<InputProblem> problems) {
        super(problems.stream().map(InputProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
