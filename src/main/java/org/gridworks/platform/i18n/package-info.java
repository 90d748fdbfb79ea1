/** Languages: the user's choice of Chinese or English and access to the message bundles outside pages. */
package org.gridworks.platform.i18n;
