/**
 * The use cases: what a user of mics does (import a document, record progress, look at a plan as
 * of a day, diff revisions, export, build the report), as plain Java over the domain's ports. Each
 * runs in one transaction of the store. The command line, the web app and any service that embeds
 * mics call these, and only parse and format around them.
 */
package kz.stat.mics.domain.application;
