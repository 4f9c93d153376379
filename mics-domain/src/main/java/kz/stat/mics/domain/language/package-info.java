/** The languages plans are written in. */
package kz.stat.mics.domain.language;
