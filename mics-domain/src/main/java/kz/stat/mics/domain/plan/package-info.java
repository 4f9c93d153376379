/** The action plan: sections, activities, financing, revisions and their differences. */
package kz.stat.mics.domain.plan;
