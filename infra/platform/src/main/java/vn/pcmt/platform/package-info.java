/** What every service shares and no service owns: event storage, integration events, problem responses. */
package vn.pcmt.platform;
