/**
 * The web app ({@code mics serve}): pages and a JSON API over the same use cases as the command
 * line, with accounts, roles and sessions, on Spring Boot.
 */
package kz.stat.mics.web;
