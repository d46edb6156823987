/** Adoption fixture, before the change: deleting an owner with pets is refused. */
package io.wsmigrate.adoption.v1;
