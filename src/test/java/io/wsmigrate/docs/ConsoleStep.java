package io.wsmigrate.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * One command of a {@code ```console} block and the output the page shows for it. A command
 * starts with {@code $ }; a line ending in {@code \} continues on the next. The lines up to the
 * next command are its expected output (trailing blank lines dropped).
 */
record ConsoleStep(int line, String command, List<String> expected) {
    private static final String PROMPT = "$ ";

    ConsoleStep {
        expected = List.copyOf(expected);
    }

    /** The steps of a console block whose body starts on page line {@code firstLine}. */
    static List<ConsoleStep> parse(List<String> body, int firstLine, DocPage page) {
        List<ConsoleStep> steps = new ArrayList<>();
        int i = 0;
        while (i < body.size() && body.get(i).isBlank()) {
            i++;
        }
        while (i < body.size()) {
            if (!body.get(i).startsWith(PROMPT)) {
                throw new AssertionError(page.where(firstLine + i) + ": a console block shows commands as `$ command`"
                        + " followed by their output; this line is neither: " + body.get(i));
            }
            int start = i;
            StringBuilder command = new StringBuilder(body.get(i).substring(PROMPT.length()));
            while (command.toString().endsWith("\\") && i + 1 < body.size()) {
                command.setLength(command.length() - 1);
                i++;
                command.append(' ').append(body.get(i).strip().replaceFirst("^> ", ""));
            }
            i++;
            List<String> output = new ArrayList<>();
            while (i < body.size() && !body.get(i).startsWith(PROMPT)) {
                output.add(body.get(i).stripTrailing());
                i++;
            }
            while (!output.isEmpty() && output.get(output.size() - 1).isEmpty()) {
                output.remove(output.size() - 1);
            }
            steps.add(new ConsoleStep(firstLine + start, command.toString().strip(), output));
        }
        return steps;
    }

    boolean isComment() {
        return command.startsWith("#");
    }
}
