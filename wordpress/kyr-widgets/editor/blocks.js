/**
 * The blocks in the editor: plain JavaScript on the wp.* globals WordPress ships
 * (no build step). Each block's settings come from the element's own attributes
 * (assets/elements.json); its preview is the real element, live, in a sandboxed
 * frame, so the quick exit inside it can never take the editor away.
 */
( function ( wp, config ) {
	'use strict';
	if ( ! wp || ! config ) {
		return;
	}
	const el = wp.element.createElement;
	const { useEffect, useRef, useState } = wp.element;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl, ToggleControl } = wp.components;
	const { __, sprintf } = wp.i18n;

	/** The element's attribute for one setting, as the server renders it (includes/elements.php). */
	function applySetting( element, setting, value ) {
		const empty = value === undefined || value === null || value === '' || value === false || value === setting.default;
		if ( setting.type === 'boolean' ) {
			element.toggleAttribute( setting.attribute, value === true );
		} else if ( empty ) {
			element.removeAttribute( setting.attribute );
		} else {
			element.setAttribute( setting.attribute, String( value ) );
		}
	}

	function choices( setting ) {
		if ( setting.attribute === 'jurisdiction' ) {
			return [ { label: __( 'Choose a place', 'kyr-widgets' ), value: '' } ].concat(
				config.places.map( ( place ) => ( { label: place.name, value: place.id } ) )
			);
		}
		if ( setting.attribute === 'locale' ) {
			return [ { label: __( 'The page’s language', 'kyr-widgets' ), value: '' } ].concat(
				config.languages.map( ( language ) => ( { label: language.name, value: language.code } ) )
			);
		}
		return setting.options || null;
	}

	function Control( { setting, value, onChange } ) {
		const common = { label: setting.label, help: setting.description, __nextHasNoMarginBottom: true };
		if ( setting.type === 'boolean' ) {
			return el( ToggleControl, Object.assign( {}, common, { checked: value === true, onChange } ) );
		}
		const options = choices( setting );
		if ( options ) {
			return el( SelectControl, Object.assign( {}, common, { value: value === undefined ? '' : value, options, onChange } ) );
		}
		return el(
			TextControl,
			Object.assign( {}, common, {
				type: setting.type === 'number' ? 'number' : setting.url ? 'url' : 'text',
				value: value === undefined || value === null ? '' : value,
				onChange: ( next ) => onChange( setting.type === 'number' ? ( next === '' ? undefined : Number( next ) ) : next ),
			} )
		);
	}

	/** A document with only the bundle in it; the element is added and updated from outside. */
	const previewDocument =
		'<!doctype html><html lang="' + config.lang + '" dir="' + config.dir + '"><head><meta charset="utf-8">' +
		'<meta name="viewport" content="width=device-width, initial-scale=1">' +
		'<script type="module" src="' + config.script + '"></script>' +
		'<style>body{margin:0;padding:4px;font-family:system-ui,sans-serif}</style></head><body></body></html>';

	function Preview( { definition, attributes } ) {
		const frame = useRef( null );
		const [ loaded, setLoaded ] = useState( false );
		const [ height, setHeight ] = useState( 240 );

		useEffect( () => {
			const doc = loaded && frame.current && frame.current.contentDocument;
			if ( ! doc || ! doc.body ) {
				return undefined;
			}
			let element = doc.body.querySelector( definition.tag );
			if ( ! element ) {
				element = doc.createElement( definition.tag );
				doc.body.append( element );
			}
			definition.settings.forEach( ( setting ) => applySetting( element, setting, attributes[ setting.key ] ) );
			if ( definition.usesData && config.dataSrc ) {
				element.setAttribute( 'data-src', config.dataSrc );
			}
			const observer = new ResizeObserver( () => setHeight( Math.max( 80, doc.documentElement.scrollHeight ) ) );
			observer.observe( doc.body );
			return () => observer.disconnect();
		}, [ loaded, attributes ] );

		return el( 'iframe', {
			ref: frame,
			srcDoc: previewDocument,
			// Scripts run, but the frame may not navigate the editor: a click on the
			// quick exit in the preview leaves the preview, never the post being written.
			sandbox: 'allow-scripts allow-same-origin',
			title: sprintf( /* translators: %s: the block's name. */ __( 'Preview: %s', 'kyr-widgets' ), definition.title ),
			onLoad: () => setLoaded( true ),
			style: { width: '100%', height: height + 'px', border: 0, display: 'block' },
		} );
	}

	config.elements.forEach( ( definition ) => {
		const attributes = {};
		definition.settings.forEach( ( setting ) => {
			attributes[ setting.key ] = { type: setting.type };
			if ( setting.default !== undefined ) {
				attributes[ setting.key ].default = setting.default;
			}
		} );
		wp.blocks.registerBlockType( 'kyr-widgets/' + definition.block, {
			apiVersion: 2,
			title: definition.title,
			description: definition.description,
			category: 'widgets',
			icon: 'shield',
			keywords: [ 'know your rights', 'kyr', definition.tag ],
			attributes,
			supports: { html: false },
			edit( props ) {
				const controls = definition.settings.map( ( setting ) =>
					el( Control, {
						key: setting.key,
						setting,
						value: props.attributes[ setting.key ],
						onChange: ( value ) => props.setAttributes( { [ setting.key ]: value } ),
					} )
				);
				return el(
					'div',
					useBlockProps(),
					el( InspectorControls, null, el( PanelBody, { title: __( 'Settings', 'kyr-widgets' ) }, controls ) ),
					el( Preview, { definition, attributes: props.attributes } )
				);
			},
			// Rendered on the server (includes/embed.php): the post keeps only the settings.
			save: () => null,
		} );
	} );
} )( window.wp, window.kyrWidgetsEditor );
