/**
 * Statistics of subjects as of any date and as known at any moment (issue 6): each subject's entries folded to how
 * they stood, then counted by area.
 */
package vn.pcmt.reporting.domain.statistics;
