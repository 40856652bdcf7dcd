<?php
/**
 * Blocks and shortcodes: each renders the element's tag on the server, so an
 * Author or Editor without unfiltered_html can place it (no script in the post),
 * and the script is added only to pages that show one.
 *
 * @package kyr-widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The one script handle: the library's single-file bundle, with parts/, locales/ and data/ beside it. */
const KYR_WIDGETS_SCRIPT = 'kyr-widgets';

/**
 * Registers the bundle, one block and one shortcode per element.
 */
function kyr_widgets_register() {
	// No version in the URL: the bundle's own chunks import it by its plain URL, and a
	// second URL would load a second copy. Its file name changes with each release.
	wp_register_script( KYR_WIDGETS_SCRIPT, plugins_url( 'assets/kyr-widgets.js', KYR_WIDGETS_FILE ), array(), null, true ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion

	foreach ( kyr_widgets_definitions()['elements'] as $element ) {
		$attributes = array();
		foreach ( $element['settings'] as $setting ) {
			$attributes[ $setting['key'] ] = array( 'type' => $setting['type'] );
			if ( isset( $setting['default'] ) ) {
				$attributes[ $setting['key'] ]['default'] = $setting['default'];
			}
		}
		register_block_type(
			'kyr-widgets/' . $element['block'],
			array(
				'api_version'     => 2,
				'title'           => $element['title'],
				'description'     => $element['description'],
				'category'        => 'widgets',
				'icon'            => 'shield',
				'attributes'      => $attributes,
				'supports'        => array( 'html' => false ),
				'render_callback' => static function ( $values ) use ( $element ) {
					return kyr_widgets_render( $element, $values );
				},
			)
		);
		add_shortcode(
			$element['tag'],
			static function ( $shortcode_attributes ) use ( $element ) {
				return kyr_widgets_render( $element, kyr_widgets_shortcode_values( $element, $shortcode_attributes ) );
			}
		);
	}
}

/**
 * Shortcode attributes use the element's own names (`heading-level="3"`); a
 * boolean may be written bare (`[kyr-quick-exit escape]`).
 *
 * @param array        $element    The element from elements.json.
 * @param array|string $attributes What WordPress parsed from the shortcode.
 * @return array Setting key => value.
 */
function kyr_widgets_shortcode_values( $element, $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$values     = array();
	foreach ( $attributes as $name => $value ) {
		if ( is_int( $name ) ) {
			$name  = strtolower( $value );
			$value = true;
		}
		foreach ( $element['settings'] as $setting ) {
			if ( strtolower( $setting['attribute'] ) === $name ) {
				$values[ $setting['key'] ] = $value;
			}
		}
	}
	return $values;
}

/**
 * The element's HTML, and the script queued for this page.
 *
 * @param array $element The element from elements.json.
 * @param array $values  Setting key => value.
 * @return string HTML.
 */
function kyr_widgets_render( $element, $values ) {
	wp_enqueue_script( KYR_WIDGETS_SCRIPT );
	return kyr_widgets_element_html( $element, is_array( $values ) ? $values : array() );
}

/**
 * The bundle is an ES module: its parts and languages load beside it on demand.
 *
 * @param string $tag    The script tag WordPress made.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL.
 * @return string The tag.
 */
function kyr_widgets_module_tag( $tag, $handle, $src ) {
	if ( KYR_WIDGETS_SCRIPT !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $handle ) ); // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- this is the enqueued script's own tag.
}

/**
 * The block editor's script: plain JavaScript on the wp.* globals, no build step.
 */
function kyr_widgets_editor_assets() {
	wp_enqueue_script(
		'kyr-widgets-editor',
		plugins_url( 'editor/blocks.js', KYR_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n' ),
		(string) filemtime( KYR_WIDGETS_DIR . 'editor/blocks.js' ),
		true
	);
	$definitions = kyr_widgets_definitions();
	wp_add_inline_script(
		'kyr-widgets-editor',
		'window.kyrWidgetsEditor = ' . wp_json_encode(
			array(
				'elements'  => $definitions['elements'],
				'places'    => $definitions['places'],
				'languages' => $definitions['languages'],
				'script'    => plugins_url( 'assets/kyr-widgets.js', KYR_WIDGETS_FILE ),
				'dataSrc'   => kyr_widgets_data_src(),
				'lang'      => get_bloginfo( 'language' ),
				'dir'       => is_rtl() ? 'rtl' : 'ltr',
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'kyr-widgets-editor', 'kyr-widgets' );
}
