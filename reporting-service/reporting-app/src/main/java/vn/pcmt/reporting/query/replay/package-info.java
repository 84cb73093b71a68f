/**
 * Replays: a projection rebuilt from the topics' first offsets into a new version beside the one being read, switched
 * to once it has caught up, with its progress.
 */
package vn.pcmt.reporting.query.replay;
