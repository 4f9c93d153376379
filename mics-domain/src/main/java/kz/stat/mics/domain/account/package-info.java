/** Accounts of the people who use mics, their roles and what each role may do. */
package kz.stat.mics.domain.account;
