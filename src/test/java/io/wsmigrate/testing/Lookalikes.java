package io.wsmigrate.testing;

/**
 * Lookalike functions and operators planted in {@code public}, as a role that may create objects
 * there could, each recording its calls in {@code public.planted_calls} through
 * {@code public.planted_call(what)}: a test plants them, runs ws-migrate, and expects no call. A
 * sequence counts the calls too, since a call in a transaction that rolled back leaves no row.
 */
public final class Lookalikes {
    /** The calls recorded, one row each, and one row more when calls were undone by a rollback. */
    public static final String CALLS = "SELECT what FROM public.planted_calls UNION ALL"
            + " SELECT 'calls undone by a rollback' FROM public.planted_call_count"
            + " WHERE is_called AND last_value > (SELECT count(*) FROM public.planted_calls)";

    private static final String RECORDER = """
            CREATE TABLE public.planted_calls (what text);
            CREATE SEQUENCE public.planted_call_count;
            CREATE FUNCTION public.planted_call(what text) RETURNS boolean LANGUAGE sql
                AS $$ SELECT pg_catalog.nextval('public.planted_call_count');
                      INSERT INTO public.planted_calls VALUES (what) RETURNING true $$;
            """;

    private Lookalikes() {
    }

    /** The SQL that creates the recorder, then {@code definitions} (which call it). */
    public static String plant(String definitions) {
        return RECORDER + definitions;
    }
}
