/** Adoption fixture, after the change: deleting an owner deletes its pets, so the foreign key is dropped and added again. */
package io.wsmigrate.adoption.v2;
