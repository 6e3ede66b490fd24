/**
 * The requests as figures, for the practice manager's reports: counted per week and by
 * concern or language, by the database, with spam left out. The one way another module
 * reads numbers about the requests; none reads their table.
 */
@NamedInterface("figures")
package com.nyfacialparalysis.requests.figures;

import org.springframework.modulith.NamedInterface;
