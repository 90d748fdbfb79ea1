/** QR codes as PNG pictures, drawn on the server with ZXing: stock labels and delivery notes carry one. */
package org.gridworks.platform.qr;
