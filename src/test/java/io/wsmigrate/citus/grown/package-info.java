/**
 * The tenants application ({@code io.wsmigrate.citus.tenants}) one release later: the orders (a
 * distributed table) have a note, the countries (the reference table) an ISO 3166 alpha-3 code, and
 * the tenants have warehouses, a new table distributed by tenant, colocated with the tenants and
 * referring to a country, and an audit log, distributed by tenant and tied to no other table.
 */
package io.wsmigrate.citus.grown;
