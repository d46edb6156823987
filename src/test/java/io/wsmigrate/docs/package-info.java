/**
 * Tests that keep the documentation true: every example of the user guide runs against a real
 * PostgreSQL and must print what the page shows ({@link io.wsmigrate.docs.GuideExamplesTest} and its
 * harness), and the reference pages are generated from, or checked against, the code. The format
 * for authors is in {@code docs/writing-docs.md}.
 */
package io.wsmigrate.docs;
