/**
 * The embedded store's engine work: speed machinery under mongo-java-server's H2 backend, fenced
 * off from the storage rules (durability, identity, health, backups stay in
 * {@code storage.embedded}). Nothing here decides what is stored or whether a write is durable;
 * replace it with the library's defaults and every answer stays the same, only slower
 * (backend/REQUEST-PATH.md).
 * <ul>
 * <li>{@code BsonDocumentType}, {@code BsonKeyType}, {@code BsonForm}: documents, ids and unique
 * index keys kept in the file as BSON instead of Java serialisation (a marker byte tells the two
 * apart, so files written before still read).</li>
 * <li>{@code IdIndexedCollection}, {@code MapUniqueIndex}: a query for every id answered from the
 * {@code _id} index instead of decoding every document; a query naming ids and more (a conditional
 * update) reads those documents through the same index instead of every document.</li>
 * </ul>
 */
package org.lurewatch.storage.embedded.engine;
