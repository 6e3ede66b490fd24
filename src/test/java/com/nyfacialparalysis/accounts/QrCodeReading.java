package com.nyfacialparalysis.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * Reads the QR code of the setup page as a phone's camera would: draws the SVG's squares
 * into pixels and decodes them with ZXing.
 */
final class QrCodeReading {

	private static final Pattern MODULE = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z");

	private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");

	private static final int SCALE = 4;

	private QrCodeReading() {
	}

	/** The text in a QR code given as a data: address of an SVG image. */
	static String read(String dataUri) throws Exception {
		String svg = new String(Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1)),
				StandardCharsets.UTF_8);
		Matcher box = VIEW_BOX.matcher(svg);
		if (!box.find()) {
			throw new IllegalArgumentException("Not a QR code SVG");
		}
		int size = Integer.parseInt(box.group(1));
		int pixels = size * SCALE;
		int[] image = new int[pixels * pixels];
		Arrays.fill(image, 0xFFFFFFFF);
		Matcher module = MODULE.matcher(svg);
		while (module.find()) {
			int x = Integer.parseInt(module.group(1));
			int y = Integer.parseInt(module.group(2));
			for (int dy = 0; dy < SCALE; dy++) {
				for (int dx = 0; dx < SCALE; dx++) {
					image[(y * SCALE + dy) * pixels + x * SCALE + dx] = 0xFF000000;
				}
			}
		}
		BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, image)));
		return new QRCodeReader().decode(bitmap).getText();
	}

}
