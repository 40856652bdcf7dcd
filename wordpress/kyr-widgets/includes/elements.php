<?php
/**
 * The elements as WordPress sees them: read from assets/elements.json, which the
 * build writes from the library's custom elements manifest, so the blocks and
 * shortcodes offer exactly the attributes the elements have.
 *
 * @package kyr-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The generated description of every element, the places and the languages.
 *
 * @return array{elements: array, places: array, languages: array}
 */
function kyr_widgets_definitions() {
	static $definitions = null;
	if ( null === $definitions ) {
		$json        = file_get_contents( KYR_WIDGETS_DIR . 'assets/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of this plugin, not a URL.
		$definitions = $json ? json_decode( $json, true ) : null;
		if ( ! is_array( $definitions ) ) {
			$definitions = array(
				'elements'  => array(),
				'places'    => array(),
				'languages' => array(),
			);
		}
	}
	return $definitions;
}

/**
 * One setting's value as the element attribute's text, or null to leave the attribute out.
 *
 * @param array $setting The setting from elements.json.
 * @param mixed $value   The block attribute or shortcode value.
 * @return string|true|null True for a boolean attribute that is present.
 */
function kyr_widgets_attribute_value( $setting, $value ) {
	if ( null === $value ) {
		return null;
	}
	switch ( $setting['type'] ) {
		case 'boolean':
			$on = is_bool( $value ) ? $value : in_array( strtolower( (string) $value ), array( '1', 'true', 'yes', 'on', $setting['attribute'] ), true );
			return $on ? true : null;
		case 'number':
			if ( '' === $value || ! is_numeric( $value ) ) {
				return null;
			}
			$number = 0 + $value;
			return ( isset( $setting['default'] ) && $number == $setting['default'] ) ? null : (string) $number; // phpcs:ignore Universal.Operators.StrictComparisonOperators -- 2 and "2" are the same setting.
		default:
			$text = trim( (string) $value );
			if ( '' === $text || ( isset( $setting['default'] ) && $text === $setting['default'] ) ) {
				return null;
			}
			if ( ! empty( $setting['options'] ) && ! in_array( $text, array_column( $setting['options'], 'value' ), true ) ) {
				return null;
			}
			if ( ! empty( $setting['url'] ) ) {
				// The schemes the library allows for links; the element checks again.
				$text = esc_url_raw( $text, array( 'https', 'tel', 'sms', 'mailto' ) );
				return '' === $text ? null : $text;
			}
			return $text;
	}
}

/**
 * The element's tag with its attributes, every value escaped.
 *
 * @param array $element The element from elements.json.
 * @param array $values  Setting key => value.
 * @return string HTML.
 */
function kyr_widgets_element_html( $element, $values ) {
	$attributes = '';
	foreach ( $element['settings'] as $setting ) {
		$value = kyr_widgets_attribute_value( $setting, isset( $values[ $setting['key'] ] ) ? $values[ $setting['key'] ] : null );
		if ( true === $value ) {
			$attributes .= ' ' . esc_attr( $setting['attribute'] );
		} elseif ( null !== $value ) {
			$attributes .= sprintf( ' %s="%s"', esc_attr( $setting['attribute'] ), esc_attr( $value ) );
		}
	}
	$data_src = kyr_widgets_data_src();
	if ( '' !== $data_src && ! empty( $element['usesData'] ) ) {
		$attributes .= sprintf( ' data-src="%s"', esc_url( $data_src ) );
	}
	$tag = tag_escape( $element['tag'] );
	return sprintf( '<%1$s%2$s></%1$s>', $tag, $attributes );
}
