package io.wsmigrate.entities;

import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.engine.jdbc.internal.FormatStyle;
import org.hibernate.mapping.Table;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.spi.ExceptionHandler;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaFilter;

/**
 * Hibernate's own CREATE DDL for chosen tables and sequences, collected as statements instead of
 * being run: Hibernate 7 has no {@code SchemaExport}, so its schema creator writes into a target
 * that keeps each statement. The one repair made is to comment literals ({@link CommentLiterals}).
 * Schemas are not created ({@code create schema} is left to the caller, who knows whether they
 * exist).
 */
final class DdlGenerator {
    private DdlGenerator() {
    }

    static List<String> create(BootedMetadata booted, Predicate<QualifiedName> tables, Predicate<QualifiedName> sequences) {
        SqlNames names = booted.names();
        SchemaFilter filter = new SchemaFilter() {
            @Override
            public boolean includeNamespace(Namespace namespace) {
                return true;
            }

            @Override
            public boolean includeTable(Table table) {
                return tables.test(names.table(table));
            }

            @Override
            public boolean includeSequence(Sequence sequence) {
                return sequences.test(names.sequence(sequence));
            }
        };
        List<String> statements = new ArrayList<>();
        booted.withContextLoader(() -> {
            HibernateCalls.CURRENT.createFromMetadata(new SchemaCreatorImpl(booted.registry(), filter),
                    booted.metadata(), options(booted.settings()), booted.dialect(), FormatStyle.NONE.getFormatter(),
                    statement -> statements.add(CommentLiterals.repair(statement)));
            return null;
        });
        return List.copyOf(statements);
    }

    private static ExecutionOptions options(Map<String, Object> settings) {
        return new ExecutionOptions() {
            @Override
            public Map<String, Object> getConfigurationValues() {
                return settings;
            }

            @Override
            public boolean shouldManageNamespaces() {
                return false;
            }

            @Override
            public ExceptionHandler getExceptionHandler() {
                return failure -> {
                    throw failure;
                };
            }
        };
    }
}
