/** Connection projects: customer applications, their category, process steps and legal clocks. */
package org.gridworks.projects;
