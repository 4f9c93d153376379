/**
 * Helpers the document readers and writers share: the table model, problem collection and bounded
 * reading. Not part of the public API: they may change in any release.
 */
package kz.stat.mics.io.internal;
