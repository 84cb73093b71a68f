/** The integration-event envelope: the stable wrapper every published event travels in. */
package vn.pcmt.platform.event;
