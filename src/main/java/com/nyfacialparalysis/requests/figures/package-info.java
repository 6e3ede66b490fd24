/**
 * The requests as figures, for the practice manager's reports: counted per week and by
 * concern or the language to call back in (with how many asked for an interpreter), by
 * the database, with spam left out. The one way another module reads numbers about the
 * requests; none reads their table.
 */
@NamedInterface("figures")
package com.nyfacialparalysis.requests.figures;

import org.springframework.modulith.NamedInterface;
