/**
 * Work done only to make commands faster, kept apart so that the domain packages read as the
 * domain. Two kinds, both best effort and neither deciding a result:
 * <ul>
 *   <li><b>What is remembered between runs</b>, under the project's {@code .ws-migrate/cache}
 *       ({@link io.wsmigrate.speed.CacheFolder}): the checksum of every revision file text already
 *       parsed ({@link io.wsmigrate.speed.ChecksumCache}), and the SQL compiled from it by one
 *       build ({@link io.wsmigrate.speed.CompiledStepCache}, keyed by the
 *       {@link io.wsmigrate.speed.CompilerIdentity}, one {@link io.wsmigrate.speed.CacheLine} per
 *       step). A file that cannot be read or written only means doing the work again. The jars
 *       and folders the running code comes from, which such keys name, are found one way
 *       ({@link io.wsmigrate.speed.CodeLocations}), for these caches and the entity model's.</li>
 *   <li><b>What overlaps within a run</b>: work started on the second core while the caller does
 *       its own ({@link io.wsmigrate.speed.Overlapped}), such as a connection opened while the
 *       scripts folder is read ({@link io.wsmigrate.speed.OpeningConnection}), or a batch shared
 *       by both cores ({@link io.wsmigrate.speed.SplitWork}). A result nobody takes is released
 *       as soon as it exists; a thread that must end with its work is waited for
 *       ({@link io.wsmigrate.speed.Threads}).</li>
 * </ul>
 * The scripts folder, the runtime, the entity model's cache, the commands and the CLI use this
 * package; it knows the domain no further than a revision's direction and a database to connect to
 * ({@code ArchitectureTest} holds both). docs/architecture.md lists every such shortcut, including
 * the few that stay beside the code they speed up.
 */
package io.wsmigrate.speed;
