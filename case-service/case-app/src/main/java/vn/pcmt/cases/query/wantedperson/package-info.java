/** One document per wanted person: where they are believed to hide, whether caught; updated in the command's thread. */
package vn.pcmt.cases.query.wantedperson;
