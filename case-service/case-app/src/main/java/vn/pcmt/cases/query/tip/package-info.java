/** One document per tip, tipster included; the web layer shows the tipster only to the officers handling the tip. */
package vn.pcmt.cases.query.tip;
