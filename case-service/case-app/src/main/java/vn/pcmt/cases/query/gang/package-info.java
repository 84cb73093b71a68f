/** One document per gang or network: members, linked cases, whether dismantled; updated in the command's thread. */
package vn.pcmt.cases.query.gang;
