package io.autoghg.platform.web;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import jakarta.validation.ConstraintViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One console form: the values as submitted (kept for redisplay) and the messages to show next to
 * its inputs. Problems that belong to no input of the form are kept apart ({@link #problems()}).
 */
public final class DataForm {
    private final DataForms forms;
    private final MultiValueMap<String, String> values;
    private final Set<String> fields;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private String conflictField;
    private String notFoundField;

    DataForm(DataForms forms, MultiValueMap<String, String> values, String... fields) {
        this.forms = forms;
        this.values = new LinkedMultiValueMap<>(values);
        this.fields = new LinkedHashSet<>(Arrays.asList(fields));
    }

    /** The value as submitted, "" when there is none. */
    public String get(String field) {
        String value = values.getFirst(field);
        return value == null ? "" : value;
    }

    /** Every value of a multi-valued input (a multiple select). */
    public List<String> all(String field) {
        return values.getOrDefault(field, List.of()).stream().filter(value -> !value.isBlank()).toList();
    }

    public DataForm set(String field, String value) {
        values.set(field, value);
        return this;
    }

    /** Sets every value of a multi-valued input (checkboxes). */
    public DataForm setAll(String field, List<String> all) {
        values.put(field, new ArrayList<>(all));
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    public String error(String field) {
        return errors.get(field);
    }

    public List<String> problems() {
        return problems;
    }

    public boolean valid() {
        return errors.isEmpty() && problems.isEmpty();
    }

    /** Where a ConflictException (a duplicate code …) is shown. */
    public DataForm onConflict(String field) {
        this.conflictField = field;
        return this;
    }

    /** Where a NotFoundException is shown; without one it propagates (error page). */
    public DataForm onNotFound(String field) {
        this.notFoundField = field;
        return this;
    }

    /** Adds a message next to the input; a field the form has no input for ("parameters.mcf") goes to its prefix or the problems. */
    public void reject(String field, String message) {
        String target = field;
        String text = message;
        if (field != null && !fields.contains(field) && field.contains(".")) {
            target = field.substring(0, field.indexOf('.'));
            text = field.substring(field.indexOf('.') + 1) + ": " + message;
        }
        if (target != null && fields.contains(target)) {
            errors.merge(target, text, (a, b) -> a + " " + b);
        } else {
            problems.add(field == null ? message : field + ": " + message);
        }
    }

    /** The trimmed value, or null when blank. */
    public String text(String field) {
        String value = get(field).strip();
        return value.isEmpty() ? null : value;
    }

    public String required(String field) {
        String value = text(field);
        if (value == null) {
            reject(field, forms.message("data.form.required"));
        }
        return value;
    }

    /** An ISO date (YYYY-MM-DD); null and a message when it is required but missing, or not a date. */
    public LocalDate date(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(field, forms.message("data.form.date", value));
            return null;
        }
    }

    /** A decimal number (a comma as decimal separator is accepted); null and a message when it is missing or not a number. */
    public BigDecimal decimal(String field, boolean required) {
        String value = required ? required(field) : text(field);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(" ", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            reject(field, forms.message("data.form.number", value));
            return null;
        }
    }

    /** Non-blank lines of a text area, trimmed. */
    public List<String> lines(String field) {
        return get(field).lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** Bean-validates a request record and puts a localised message next to each offending input. */
    public DataForm check(Object request) {
        for (ConstraintViolation<Object> violation : forms.validator().validate(request)) {
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String field = violation.getPropertyPath().toString();
            if (has(field)) {
                continue;
            }
            String message = switch (constraint) {
                case "NotBlank", "NotNull", "NotEmpty" -> forms.message("data.form.required");
                case "PositiveOrZero" -> forms.message("data.form.notNegative");
                case "Pattern" -> field.equals("code") ? forms.message("data.form.code") : forms.message("data.form.choice");
                default -> violation.getMessage();
            };
            reject(field, message);
        }
        return this;
    }

    /**
     * Runs a service call when the form is valid so far; a refusal of the service (bad value,
     * input the accounting engine rejects, conflict) becomes a message next to the input it names.
     */
    public <T> Optional<T> attempt(Supplier<T> action) {
        if (!valid()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(action.get());
        } catch (BadRequestException e) {
            reject(e.field(), e.getMessage());
        } catch (InvalidInputException e) {
            for (InputProblem problem : e.problems()) {
                rejectProblem(problem);
            }
        } catch (ConflictException e) {
            reject(conflictField, e.getMessage());
        } catch (NotFoundException e) {
            if (notFoundField == null) {
                throw e;
            }
            reject(notFoundField, e.getMessage());
        }
        return Optional.empty();
    }

    private void rejectProblem(InputProblem problem) {
        String field = problem.field();
        boolean onInput = field != null && (fields.contains(field) || field.contains(".") && fields.contains(field.substring(0, field.indexOf('.'))));
        if (onInput) {
            reject(field, problem.message());
        } else {
            boolean request = problem.location().file().equals("request");
            problems.add(!request ? problem.describe() : field == null ? problem.message() : "[" + field + "] " + problem.message());
        }
    }
}
