package io.wsmigrate.ops;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;

/** Free-standing sequences, such as those of {@code @SequenceGenerator}. */
public sealed interface SequenceOperation extends Operation {

    record CreateSequence(Sequence sequence) implements SequenceOperation {
        @Override
        public Operation reverse() {
            return new DropSequence(sequence);
        }

        @Override
        public QualifiedName target() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "create sequence " + sequence.name();
        }
    }

    record DropSequence(Sequence sequence) implements SequenceOperation {
        @Override
        public Operation reverse() {
            return new CreateSequence(sequence);
        }

        @Override
        public QualifiedName target() {
            return sequence.name();
        }

        @Override
        public String describe() {
            return "drop sequence " + sequence.name();
        }
    }

    /** Changes the increment (allocation size); the start value of a live sequence is left alone. */
    record AlterSequence(Sequence from, Sequence to) implements SequenceOperation {
        @Override
        public Operation reverse() {
            return new AlterSequence(to, from);
        }

        @Override
        public QualifiedName target() {
            return to.name();
        }

        @Override
        public String describe() {
            return "alter sequence " + to.name() + " increment " + from.increment() + " -> " + to.increment();
        }
    }
}
