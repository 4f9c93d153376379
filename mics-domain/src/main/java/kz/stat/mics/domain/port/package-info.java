/** The ports through which stores, documents and clocks plug into the domain. */
package kz.stat.mics.domain.port;
