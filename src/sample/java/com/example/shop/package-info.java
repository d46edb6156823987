/**
 * The sample shop application whose settings are in {@code config/} and whose revisions are in
 * {@code migrations/}: a handful of entities with relations, enums and indexes, used by the README's
 * commands and by the user guide.
 */
package com.example.shop;
