package io.wsmigrate.testing;

/**
 * Lookalike functions and operators planted in {@code public}, as a role that may create objects
 * there could, each recording its calls in {@code public.planted_calls} through
 * {@code public.planted_call(what)}: a test plants them, runs ws-migrate, and expects no call.
 */
public final class Lookalikes {
    /** The calls recorded, one row each. */
    public static final String CALLS = "SELECT what FROM public.planted_calls";

    private static final String RECORDER = """
            CREATE TABLE public.planted_calls (what text);
            CREATE FUNCTION public.planted_call(what text) RETURNS boolean LANGUAGE sql
                AS $$ INSERT INTO public.planted_calls VALUES (what) RETURNING true $$;
            """;

    private Lookalikes() {
    }

    /** The SQL that creates the recorder, then {@code definitions} (which call it). */
    public static String plant(String definitions) {
        return RECORDER + definitions;
    }
}
