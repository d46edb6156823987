package io.wsmigrate.schema;

/** A CHECK constraint; {@code expression} is the boolean SQL expression without {@code CHECK (...)}. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression);
    }
}
