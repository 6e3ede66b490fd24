package com.nyfacialparalysis.clinic;

import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Reads {@code clinic.phones} entries such as {@code "(212) 371-3223|(212) 37-FACE"}.
 */
@Component
@ConfigurationPropertiesBinding
class PhoneConverter implements Converter<String, ClinicProperties.Phone> {

	@Override
	public ClinicProperties.Phone convert(String source) {
		return new ClinicProperties.Phone(source);
	}

}
