import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ }),

/***/ 4905:
/***/ ((__webpack_module__, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _run_action_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8087);
// GitHub Action entry point (action.yml `runs.main`, bundled to dist/index.js).

await (0,_run_action_js__WEBPACK_IMPORTED_MODULE_0__/* .runAction */ .C)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 8087:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  C: () => (/* binding */ runAction)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./lib/config/check-yaml-document.js
// Problems the YAML layer finds before any key is read: syntax errors,
// duplicate keys, unknown tags and aliases that are undefined or expand
// into a huge tree (the "billion laughs" attack).

/** Limits how many nodes one alias may expand to; a real config needs few or no aliases. */
const MAX_ALIAS_COUNT = 100;
/**
 * Records the document's YAML-level problems. Returns whether the node tree
 * is sound enough to validate: a duplicate key leaves it usable, a syntax
 * error or a bad alias does not.
 */
function checkYamlDocument(doc, issues) {
    for (const error of doc.errors) {
        issues.addAt(issues.positionAt(error.pos[0]), yamlErrorMessage(error, doc));
    }
    for (const warning of doc.warnings) {
        issues.addAt(issues.positionAt(warning.pos[0]), `YAML: ${warning.message}; remove it or write plain values`);
    }
    if (doc.errors.some((error) => error.code !== 'DUPLICATE_KEY'))
        return false;
    return checkAliases(doc, issues);
}
function yamlErrorMessage(error, doc) {
    if (error.code !== 'DUPLICATE_KEY')
        return `YAML syntax error: ${error.message}`;
    const key = keyTextAt(doc, error.pos[0]);
    const named = key === undefined ? 'a key' : `the key ${JSON.stringify(key)}`;
    return `${named} appears twice in the same map; give each key once`;
}
/** The text of the map key that starts at `offset`, as the parser read it. */
function keyTextAt(doc, offset) {
    let text;
    (0,dist/* visit */.YR)(doc, {
        Pair(_key, pair) {
            if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.range?.[0] === offset) {
                text = String(pair.key.value);
                return dist/* visit */.YR.BREAK;
            }
            return undefined;
        },
    });
    return text;
}
function checkAliases(doc, issues) {
    const aliases = [];
    (0,dist/* visit */.YR)(doc, {
        Alias(_key, node) {
            aliases.push(node);
        },
    });
    const unresolved = aliases.filter((alias) => alias.resolve(doc) === undefined);
    for (const alias of unresolved) {
        issues.add(alias, `the alias *${alias.source} has no anchor &${alias.source} before it; define the anchor first`);
    }
    if (unresolved.length > 0)
        return false;
    const first = aliases[0];
    if (first === undefined || !expandsTooFar(doc))
        return true;
    issues.add(first, `aliases here expand to more than ${MAX_ALIAS_COUNT} values each; write the values out instead of nesting aliases`);
    return false;
}
function expandsTooFar(doc) {
    try {
        // toJS counts every alias expansion and throws once one exceeds the limit.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
        return false;
    }
    catch (error) {
        if (error instanceof ReferenceError)
            return true;
        throw error;
    }
}

;// CONCATENATED MODULE: ./lib/config/closest-key.js
// "Did you mean" suggestions for mistyped keys (`sender` for `senders`).
/** The valid key closest to `typed`, when it is close enough to be a likely typo. */
function closestKey(typed, validKeys) {
    const lower = typed.toLowerCase();
    let best;
    for (const key of validKeys) {
        const distance = editDistance(lower, key.toLowerCase());
        if (best === undefined || distance < best.distance)
            best = { key, distance };
    }
    // Allow roughly one edit per three characters: "sender", "ipv", "timout"
    // match; unrelated words such as "domains" do not.
    const allowed = Math.max(1, Math.floor(typed.length / 3));
    return best !== undefined && best.distance <= allowed ? best.key : undefined;
}
/** Levenshtein distance: insertions, deletions and substitutions each cost one. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i += 1) {
        const current = [i];
        for (let j = 1; j <= b.length; j += 1) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./lib/config/field-reader.js
// Typed reads of YAML nodes. Each read either returns the value or records
// an issue naming the field, what it must be and what was found, then
// returns undefined so the caller can keep checking the rest of the file.


class FieldReader {
    doc;
    issues;
    constructor(doc, issues) {
        this.doc = doc;
        this.issues = issues;
    }
    report(field, message) {
        this.issues.add(field.at, message);
    }
    /** Reports a value of the wrong type: `<name> must be <expected>, got <what it is>`. */
    reportType(field, expected) {
        this.report(field, `${field.name} must be ${expected}, got ${describeValue(field.node)}`);
    }
    /** The entries of a map, in file order; only text keys are returned. */
    entries(field, expected) {
        if (!(0,dist/* isMap */.jh)(field.node)) {
            this.reportType(field, expected);
            return undefined;
        }
        const result = [];
        const seen = new Set();
        for (const pair of field.node.items) {
            const keyNode = this.resolve(pair.key);
            if (!(0,dist/* isScalar */.jn)(keyNode) || typeof keyNode.value !== 'string') {
                this.issues.add((0,dist/* isScalar */.jn)(keyNode) ? keyNode : field.at, `keys ${placeOf(field.name)} must be text, got ${describeValue(keyNode)}`);
                continue;
            }
            // The YAML parser reports a repeated key; the first one counts.
            if (seen.has(keyNode.value))
                continue;
            seen.add(keyNode.value);
            const name = field.name === '' ? keyNode.value : `${field.name}.${keyNode.value}`;
            result.push({ key: keyNode.value, keyNode, value: this.field(name, pair.value, keyNode) });
        }
        return result;
    }
    /**
     * The values of a map whose keys must be among `validKeys`; an unknown key
     * is reported with the valid ones and the closest match.
     */
    fields(field, validKeys, expected) {
        const found = new Map();
        for (const entry of this.entries(field, expected) ?? []) {
            if (validKeys.includes(entry.key))
                found.set(entry.key, entry.value);
            else
                this.issues.add(entry.keyNode, unknownKeyMessage(entry.key, field.name, validKeys));
        }
        return found;
    }
    /** The items of a list, each as a field named `<list>[<index>]`. */
    items(field, expected) {
        if (!(0,dist/* isSeq */.oP)(field.node)) {
            this.reportType(field, expected);
            return undefined;
        }
        return field.node.items.map((item, index) => this.field(`${field.name}[${index}]`, item, undefined, field.at));
    }
    text(field, expected) {
        const value = scalarValue(field.node);
        if (typeof value === 'string')
            return value;
        this.reportType(field, expected);
        return undefined;
    }
    boolean(field) {
        const value = scalarValue(field.node);
        if (typeof value === 'boolean')
            return value;
        // The YAML 1.2 core schema (spec 1.2.2 section 10.3.2) reads only
        // true/false as booleans; yes/no/on/off are text, unlike YAML 1.1.
        const hint = typeof value === 'string' ? '; YAML 1.2 reads yes/no/on/off as text' : '';
        this.report(field, `${field.name} must be true or false, got ${describeValue(field.node)}${hint}`);
        return undefined;
    }
    /** A finite number accepted by `accepts`; `expected` describes the valid range. */
    number(field, expected, accepts) {
        const value = scalarValue(field.node);
        if (typeof value === 'number' && Number.isFinite(value) && accepts(value))
            return value;
        this.reportType(field, expected);
        return undefined;
    }
    /**
     * A map value or list item as a field. An empty map value (`hosts:`) has
     * a zero-width node at the end of the line, so issues point at its key.
     */
    field(name, node, key, list) {
        const value = this.resolve(node);
        const empty = value === undefined || ((0,dist/* isScalar */.jn)(value) && value.value === null);
        const at = (empty ? key : undefined) ?? nodeOrUndefined(node) ?? list;
        if (at === undefined)
            throw new TypeError(`no position for ${name}`);
        return { name, node: value, at };
    }
    /** The whole document as a field named "" (the top level). */
    root() {
        const contents = this.doc.contents;
        if (contents === null)
            return undefined;
        return { name: '', node: this.resolve(contents), at: contents };
    }
    resolve(node) {
        // Aliases were checked for existence and expansion size before validation.
        const target = (0,dist/* isAlias */.Vj)(node) ? node.resolve(this.doc) : node;
        return (0,dist/* isScalar */.jn)(target) || (0,dist/* isCollection */.P3)(target) ? target : undefined;
    }
}
function nodeOrUndefined(node) {
    return (0,dist/* isAlias */.Vj)(node) || (0,dist/* isScalar */.jn)(node) || (0,dist/* isCollection */.P3)(node) ? node : undefined;
}
function scalarValue(node) {
    return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
}
function unknownKeyMessage(key, where, validKeys) {
    const place = placeOf(where);
    const suggestion = closestKey(key, validKeys);
    const hint = suggestion === undefined ? '' : ` Did you mean "${suggestion}"?`;
    return `unknown key "${key}" ${place}.${hint} Valid keys: ${validKeys.join(', ')}`;
}
function placeOf(mapName) {
    return mapName === '' ? 'at the top level' : `in ${mapName}`;
}
/** What a value is, for "got ..." in messages. */
function describeValue(node) {
    if ((0,dist/* isMap */.jh)(node))
        return 'a map';
    if ((0,dist/* isSeq */.oP)(node))
        return 'a list';
    if (!(0,dist/* isScalar */.jn)(node))
        return 'nothing';
    const value = node.value;
    if (value === null)
        return 'nothing';
    if (typeof value === 'string')
        return `the text ${JSON.stringify(value)}`;
    if (typeof value === 'number' || typeof value === 'bigint') {
        // The source text shows what was written: ".inf" rather than "Infinity".
        return `the number ${node.source ?? String(value)}`;
    }
    if (typeof value === 'boolean')
        return String(value);
    return `a ${node.tag ?? 'tagged'} value`;
}

;// CONCATENATED MODULE: ./lib/config/shorten-quoted.js
// A config value can be a megabyte of text (a pasted file, a hostile config);
// echoing it whole in an error buries the message. The error's line and
// column say where the value is, so its start and end are enough to know it.
/** Quoted values up to this many characters are shown whole. */
const MAX_QUOTED_CHARS = 80;
const HEAD = 60;
const TAIL = 12;
const LONG_QUOTED = new RegExp(`"((?:[^"\\\\]|\\\\.){${MAX_QUOTED_CHARS + 1},})"`, 'g');
/** Shortens every over-long "quoted value" in an error message to its start and end. */
function shortenQuotedValues(message) {
    return message.replace(LONG_QUOTED, (_, inner) => `"${inner.slice(0, HEAD)}…${inner.slice(-TAIL)}" (${inner.length} characters)`);
}

;// CONCATENATED MODULE: ./lib/config/issue-collector.js
// Collects every problem found in one config file, so the user fixes them
// all in one round instead of one per run.

class IssueCollector {
    file;
    lines;
    #issues = [];
    constructor(file, lines) {
        this.file = file;
        this.lines = lines;
    }
    get issues() {
        return this.#issues;
    }
    /** 1-based line and column of a character offset in the file. */
    positionAt(offset) {
        const { line, col } = this.lines.linePos(offset);
        return { line, column: col };
    }
    /** Where a node starts; a node without a range (made up by the parser) is placed at the top. */
    positionOf(node) {
        return this.positionAt(node.range?.[0] ?? 0);
    }
    addAt(position, message) {
        this.#issues.push({
            file: this.file,
            line: position.line,
            column: position.column,
            message: shortenQuotedValues(message),
        });
    }
    add(node, message) {
        this.addAt(this.positionOf(node), message);
    }
}

;// CONCATENATED MODULE: ./lib/config/types.js
// The validated configuration: what `spf-allowlist.yml` says, in a shape the
// pipeline can use without re-checking anything.
class ConfigError extends Error {
    issues;
    constructor(issues) {
        super(issues.map((i) => `${i.file}:${i.line}:${i.column}: ${i.message}`).join('\n'));
        this.issues = issues;
        this.name = 'ConfigError';
    }
}

;// CONCATENATED MODULE: ./lib/cidr/format.js
// Canonical text for addresses and ranges. One spelling per value keeps the
// generated files byte-for-byte stable, so diffs show only real changes.
const IPV4_MAPPED_PREFIX = 0xffffn; // ::ffff:0:0/96, the top 96 bits (RFC 4291 section 2.5.5.2)
/** Dotted quad for IPv4; RFC 5952 text for IPv6. */
function formatAddress(family, value) {
    return family === 4 ? formatIPv4(Number(value)) : formatIPv6(value);
}
/** Always "address/prefix", even for a single host ("192.0.2.1/32"). */
function formatCidr(cidr) {
    return `${formatAddress(cidr.family, cidr.network)}/${cidr.prefix}`;
}
/** IPv4 before IPv6, then ascending network, then the shorter (wider) prefix first. */
function compareCidrs(a, b) {
    if (a.family !== b.family)
        return a.family - b.family;
    if (a.network !== b.network)
        return a.network < b.network ? -1 : 1;
    return a.prefix - b.prefix;
}
function formatIPv4(value) {
    return [value >>> 24, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff].join('.');
}
function formatIPv6(value) {
    // RFC 5952 section 5: IPv4-mapped addresses end in dotted decimal.
    if (value >> 32n === IPV4_MAPPED_PREFIX) {
        return `::ffff:${formatIPv4(Number(value & 0xffffffffn))}`;
    }
    const groups = [];
    for (let shift = 112n; shift >= 0n; shift -= 16n) {
        // Section 4.1 (no leading zeros) and 4.3 (lower case): toString(16) gives both.
        groups.push(Number((value >> shift) & 0xffffn).toString(16));
    }
    const run = longestZeroRun(groups);
    if (run === undefined)
        return groups.join(':');
    const head = groups.slice(0, run.start).join(':');
    const tail = groups.slice(run.start + run.length).join(':');
    return `${head}::${tail}`;
}
/**
 * RFC 5952 section 4.2: "::" replaces the longest run of two or more zero
 * groups (4.2.2: never a single one); on a tie, the first run (4.2.3).
 */
function longestZeroRun(groups) {
    let best;
    let start = 0;
    while (start < groups.length) {
        let end = start;
        while (groups[end] === '0')
            end += 1;
        const length = end - start;
        if (length >= 2 && length > (best?.length ?? 0))
            best = { start, length };
        start = end + 1;
    }
    return best;
}

;// CONCATENATED MODULE: ./lib/allowlist/model.js
// The allowlist as data: what every output format renders and what the next
// run reads back from the previous file. Sections follow config order; each
// source (sender domain, host, static entry) is one block. A block's full set
// is its own ranges plus those it shares with an earlier block, so the file
// alone says what each source held (the state for stale blocks, issue #4).
function blockLabel(block) {
    return `${block.kind} ${block.name}`;
}
/** Ranges the block lists itself. */
function blockCidrs(block) {
    return block.groups.flatMap((g) => g.cidrs);
}
/** Everything the source allows: its own ranges and those listed under other blocks. */
function blockAllCidrs(block) {
    return block.groups.flatMap((g) => [...g.cidrs, ...g.shared.map((s) => s.cidr)]);
}
function allBlocks(allowlist) {
    return allowlist.sections.flatMap((s) => s.blocks.map((block) => ({ section: s.name, block })));
}

;// CONCATENATED MODULE: ./lib/allowlist/list-kind.js
// Which list a file holds: the allowlist (config `senders`, `hosts`,
// `static`) or the denylist (config `deny:`, issue #9 scope 1). Both lists
// share the model, the builder and every renderer; only the words in each
// file's header, the action its entries carry and a few defaults differ, so
// a deny file can never be mistaken for an allow file (or parsed as one).
/** The noun each file's header uses, e.g. "Postfix postscreen denylist". */
const LIST_NOUN = {
    allow: 'allowlist',
    deny: 'denylist',
};

;// CONCATENATED MODULE: ./lib/allowlist/render-postscreen.js
// Renders the allowlist as a Postfix cidr table for postscreen_access_list
// (postconf(5), cidr_table(5)): one `RANGE<TAB>permit` per line (`reject`
// for the denylist), whole-line `#` comments only (cidr tables have no
// trailing comments), no timestamp, so the same data always gives the same
// bytes. parse-postscreen.ts reads it back; the comment shapes below are that
// parser's grammar.


const POSTSCREEN_ACTION_OF = {
    allow: 'permit',
    deny: 'reject',
};
/** The first line's start, which says which list the file is. */
function postscreenHeader(action) {
    const noun = LIST_NOUN[action === 'permit' ? 'allow' : 'deny'];
    return `# Postfix postscreen ${noun} (cidr table) written by spf-allowlist`;
}
const MARK = {
    section: (name) => `# == ${name} ==`,
    block: (label) => `# -- ${label} --`,
    stale: (since, reason) => `# stale since ${since}: ${reason}`,
    note: (text) => `# note: ${text}`,
    origin: (text) => `# ${text}`,
    shared: (cidr, under) => `# also ${cidr} (listed under ${under})`,
};
function renderPostscreen(allowlist, mainCfPath, action = 'permit') {
    const lines = [
        `${postscreenHeader(action)} from ${allowlist.configName}.`,
        '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
        '# comment naming the SPF record that published it.',
        mainCfLine(mainCfPath, action),
    ];
    for (const section of allowlist.sections) {
        lines.push('', MARK.section(section.name));
        for (const block of section.blocks)
            lines.push('', ...blockLines(block, action));
    }
    return `${lines.join('\n')}\n`;
}
/**
 * postscreen_access_list is first-match: a denylist goes after the
 * allowlists, so a range in both is permitted (README "Deny entries").
 */
function mainCfLine(mainCfPath, action) {
    return action === 'permit'
        ? `# main.cf: postscreen_access_list = permit_mynetworks, cidr:${mainCfPath}`
        : `# main.cf, after the allowlists (first match wins): postscreen_access_list = permit_mynetworks, cidr:ALLOWLIST, cidr:${mainCfPath}`;
}
function blockLines(block, action) {
    const lines = [MARK.block(`${block.kind} ${block.name}`)];
    if (block.stale)
        lines.push(MARK.stale(block.stale.since, oneLine(block.stale.reason)));
    for (const note of block.notes)
        lines.push(MARK.note(oneLine(note)));
    for (const group of block.groups)
        lines.push(...groupLines(group, action));
    return lines;
}
function groupLines(group, action) {
    return [
        MARK.origin(oneLine(group.origin)),
        ...group.shared.map((s) => MARK.shared(formatCidr(s.cidr), s.under)),
        ...group.cidrs.map((cidr) => `${formatCidr(cidr)}\t${action}`),
    ];
}
/** A comment must stay on one line: a newline in DNS data would start a table entry. */
function oneLine(text) {
    return text.replace(/[\r\n\t]+/g, ' ').replace(/[^\x20-\x7e]/g, '?');
}

;// CONCATENATED MODULE: ./lib/allowlist/render-lines.js
// The layout every line-based format shares with the postscreen table
// (postfix-access, plain, nftables): a fixed head, then each section, block
// and group as whole-line `#` comments in the postscreen renderer's shapes
// (MARK), with one line per range under the comment naming the record that
// published it. Only the head and the range line differ between formats, so
// every format keeps the same readable diffs (DESIGN.md "Readable diffs").



function renderLines(allowlist, layout) {
    const lines = [...layout.head];
    for (const section of allowlist.sections) {
        lines.push('', MARK.section(oneLine(section.name)));
        for (const block of section.blocks)
            lines.push('', ...render_lines_blockLines(block, layout));
    }
    return `${lines.join('\n')}\n`;
}
function render_lines_blockLines(block, layout) {
    const lines = [MARK.block(oneLine(blockLabel(block)))];
    if (block.stale)
        lines.push(MARK.stale(block.stale.since, oneLine(block.stale.reason)));
    for (const note of block.notes)
        lines.push(MARK.note(oneLine(note)));
    for (const group of block.groups)
        lines.push(...render_lines_groupLines(group, layout));
    return lines;
}
function render_lines_groupLines(group, layout) {
    const listed = (cidr) => (layout.families ?? [4, 6]).includes(cidr.family);
    return [
        MARK.origin(oneLine(group.origin)),
        ...group.shared
            .filter((s) => listed(s.cidr))
            .map((s) => MARK.shared(formatCidr(s.cidr), oneLine(s.under))),
        ...group.cidrs.filter(listed).map((cidr) => layout.rangeLine(cidr)),
    ];
}

;// CONCATENATED MODULE: ./lib/allowlist/render-nftables.js
// Renders the allowlist as an nft(8) script that replaces the elements of
// one IPv4 and one IPv6 interval set. `nft -f` applies a whole file as one
// transaction, so the sets change atomically: all new elements or, if any
// line fails, none. The script is idempotent: declaring the table and sets
// adds them only when missing (an existing table keeps its chains, so the
// sets can live in the admin's own table), `flush set` empties them, and the
// `add element` lines refill them.


const DEFAULT_NFTABLES_NAMES = {
    table: 'spf_allowlist',
    family: 'inet',
    set4: 'allow4',
    set6: 'allow6',
};
/**
 * The denylist's sets default to other names in the same table, so loading
 * one file never flushes the other list's sets.
 */
const DEFAULT_NFTABLES_NAMES_OF = {
    allow: DEFAULT_NFTABLES_NAMES,
    deny: { ...DEFAULT_NFTABLES_NAMES, set4: 'deny4', set6: 'deny6' },
};
const TITLE = {
    allow: 'nftables sets',
    deny: 'nftables denylist sets',
};
function renderNftables(allowlist, spec, list = 'allow') {
    const names = nftablesNames(spec, list);
    const table = `${names.family} ${names.table}`;
    const head = [
        `# ${TITLE[list]} written by spf-allowlist from ${allowlist.configName}.`,
        '# Do not edit: the next run rewrites this file. Each group of elements follows a',
        '# comment naming the SPF record that published it.',
        '# Load with "nft -f FILE": one transaction, so the sets are replaced atomically.',
        `# Match in a chain of table ${table}: ip saddr @${names.set4}, ip6 saddr @${names.set6}`,
        '',
        `table ${table} {`,
        ...setDeclaration(names.set4, 'ipv4_addr'),
        ...setDeclaration(names.set6, 'ipv6_addr'),
        '}',
        `flush set ${table} ${names.set4}`,
        `flush set ${table} ${names.set6}`,
    ];
    const setOf = (cidr) => (cidr.family === 4 ? names.set4 : names.set6);
    return renderLines(allowlist, {
        head,
        rangeLine: (cidr) => `add element ${table} ${setOf(cidr)} { ${formatCidr(cidr)} }`,
    });
}
function nftablesNames(spec, list = 'allow') {
    const given = spec.nftables;
    const defaults = DEFAULT_NFTABLES_NAMES_OF[list];
    return {
        table: given?.table ?? defaults.table,
        family: given?.family ?? defaults.family,
        set4: given?.set4 ?? defaults.set4,
        set6: given?.set6 ?? defaults.set6,
    };
}
/**
 * `flags interval` holds prefixes; `auto-merge` joins adjacent or
 * overlapping ones instead of failing with "conflicting intervals".
 */
function setDeclaration(name, type) {
    return [`\tset ${name} {`, `\t\ttype ${type}`, '\t\tflags interval', '\t\tauto-merge', '\t}'];
}

;// CONCATENATED MODULE: ./lib/cidr/types.js
// Value types shared by the range parser, the set algebra and the renderers.
/** Thrown for any malformed address or range text; `reason` says what would be valid. */
class RangeSyntaxError extends Error {
    input;
    reason;
    constructor(input, reason) {
        super(`invalid range "${input}": ${reason}`);
        this.input = input;
        this.reason = reason;
        this.name = 'RangeSyntaxError';
    }
}
function addressBits(family) {
    return family === 4 ? 32 : 128;
}

;// CONCATENATED MODULE: ./lib/cidr/parse.js
// Strict text-to-number parsing of addresses and ranges. Anything a Postfix
// cidr table or an SPF record could read differently from us (octal "010",
// short forms "10.1", zone ids, prefix "/024") is refused rather than guessed,
// so the numbers we publish are the ones the sender meant.
//
// Hand-written rather than ipaddr.js: ipaddr.js accepts zone ids and short
// IPv4 forms ("10.1"), and reads "::192.0.2.1" as the IPv4-mapped
// ::ffff:c000:201 instead of ::c000:201 (RFC 4291 section 2.2, form 3).

const IPV4_SYNTAX = 'an IPv4 address is four decimal numbers 0-255 separated by ".", e.g. "192.0.2.1"';
const IPV6_SYNTAX = 'an IPv6 address is eight groups of 1-4 hex digits separated by ":", with "::" once at most for a run of zero groups and optionally a dotted IPv4 address as the last two, e.g. "2001:db8::1" or "::ffff:192.0.2.1"';
// RFC 3986 section 3.2.2 dec-octet: "0", or 1-3 digits without a leading zero.
const DEC_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
// RFC 4291 section 2.2: h16 is 1 to 4 hex digits.
const H16 = /^[0-9A-Fa-f]{1,4}$/;
const PREFIX_LENGTH = /^(?:0|[1-9][0-9]{0,2})$/;
/** Parses a dotted-quad IPv4 address (RFC 791) into its 32-bit value. */
function parseIPv4(text) {
    return BigInt(ipv4Number(text, text));
}
/** Parses an IPv6 address in any RFC 4291 section 2.2 text form into its 128-bit value. */
function parseIPv6(text) {
    return ipv6Value(text, text);
}
/** Parses an address of either family: IPv4 exactly when the text has no ":". */
function parseAddress(text) {
    return text.includes(':')
        ? { family: 6, value: parseIPv6(text) }
        : { family: 4, value: parseIPv4(text) };
}
/** Parses a decimal prefix length, 0-32 for IPv4 and 0-128 for IPv6. */
function parsePrefixLength(text, family) {
    return prefixLength(text, family, text);
}
/**
 * Parses "ADDR/LEN" or a bare "ADDR" (a single host, /32 or /128). Host bits
 * below the prefix are masked off and reported, because publishers do write
 * such ranges and Postfix skips those lines.
 */
function parseCidr(text, family) {
    const parts = text.split('/');
    if (parts.length > 2) {
        throw new RangeSyntaxError(text, 'a range is an address optionally followed by one "/length"');
    }
    const [addressText = '', lengthText] = parts;
    const actual = addressText.includes(':') ? 6 : 4;
    if (family !== undefined && actual !== family) {
        throw new RangeSyntaxError(text, `expected an IPv${family} range, got an IPv${actual} one`);
    }
    const address = actual === 4 ? BigInt(ipv4Number(addressText, text)) : ipv6Value(addressText, text);
    const prefix = lengthText === undefined ? addressBits(actual) : prefixLength(lengthText, actual, text);
    return makeCidr(actual, address, prefix);
}
/** Builds the canonical network containing `address`, masking (and reporting) host bits. */
function makeCidr(family, address, prefix) {
    const bits = addressBits(family);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
        throw new RangeError(`prefix length ${prefix} is not an integer in 0-${bits}`);
    }
    if (address < 0n || address >> BigInt(bits) !== 0n) {
        throw new RangeError(`address ${address} does not fit in ${bits} bits`);
    }
    const hostMask = (1n << BigInt(bits - prefix)) - 1n;
    const network = address & ~hostMask;
    return { cidr: { family, network, prefix }, hostBitsSet: network !== address };
}
/** `part` is the text being read; `input` is what the caller passed, for the error. */
function ipv4Number(part, input) {
    const octets = part.split('.');
    if (octets.length !== 4) {
        throw new RangeSyntaxError(input, `four dot-separated numbers are needed, not ${octets.length}; ${IPV4_SYNTAX}`);
    }
    let value = 0;
    for (const octet of octets) {
        if (!DEC_OCTET.test(octet) || Number(octet) > 255) {
            throw new RangeSyntaxError(input, `"${octet}" is not a number 0-255 without leading zeros; ${IPV4_SYNTAX}`);
        }
        value = value * 256 + Number(octet);
    }
    return value;
}
function ipv6Value(part, input) {
    if (part.includes('%')) {
        throw new RangeSyntaxError(input, `zone ids ("%eth0") are not allowed; ${IPV6_SYNTAX}`);
    }
    const halves = part.split('::');
    if (halves.length > 2) {
        throw new RangeSyntaxError(input, `"::" may appear only once; ${IPV6_SYNTAX}`);
    }
    const [head = '', tail] = halves;
    const headGroups = ipv6Groups(head, input, tail === undefined);
    if (tail === undefined) {
        if (headGroups.length !== 8) {
            throw new RangeSyntaxError(input, `${headGroups.length} groups, not eight; ${IPV6_SYNTAX}`);
        }
        return groupsValue(headGroups);
    }
    const tailGroups = ipv6Groups(tail, input, true);
    // "::" stands for one or more zero groups (RFC 4291 section 2.2, form 2).
    const missing = 8 - headGroups.length - tailGroups.length;
    if (missing < 1) {
        const given = headGroups.length + tailGroups.length;
        throw new RangeSyntaxError(input, `${given} groups besides "::", at most seven; ${IPV6_SYNTAX}`);
    }
    return groupsValue([...headGroups, ...new Array(missing).fill(0), ...tailGroups]);
}
/**
 * Reads ":"-separated groups; an empty string is zero groups. An IPv4 dotted
 * quad is allowed only as the last piece of the address (RFC 4291 section 2.2, form 3)
 * and counts as two groups.
 */
function ipv6Groups(piece, input, endsAddress) {
    if (piece === '')
        return [];
    const texts = piece.split(':');
    const groups = [];
    texts.forEach((text, index) => {
        if (endsAddress && index === texts.length - 1 && text.includes('.')) {
            const v4 = ipv4Number(text, input);
            groups.push(Math.floor(v4 / 0x10000), v4 % 0x10000);
        }
        else if (H16.test(text)) {
            groups.push(parseInt(text, 16));
        }
        else {
            throw new RangeSyntaxError(input, `"${text}" is not a group of 1-4 hex digits; ${IPV6_SYNTAX}`);
        }
    });
    return groups;
}
function groupsValue(groups) {
    let value = 0n;
    for (const group of groups)
        value = (value << 16n) | BigInt(group);
    return value;
}
function prefixLength(text, family, input) {
    const bits = addressBits(family);
    if (!PREFIX_LENGTH.test(text) || Number(text) > bits) {
        throw new RangeSyntaxError(input, `the prefix length must be a decimal number 0-${bits} without leading zeros or sign`);
    }
    return Number(text);
}

;// CONCATENATED MODULE: ./lib/dns/domain-name.js
// Syntax of the domain names a user writes (sender domains, hosts): RFC 1035
// section 2.3.1 labels as relaxed by RFC 1123 section 2.1 (a label may start
// with a digit), plus "_", because SPF records live at names such as
// `_spf.google.com` (RFC 7208 section 7.1 allows any label there).
/** RFC 1035 section 2.3.4: 255 octets on the wire is 253 characters of dotted text. */
const MAX_NAME_LENGTH = 253;
/** RFC 1035 section 2.3.4. */
const MAX_LABEL_LENGTH = 63;
/** The first character a label may not hold; `u` keeps astral characters whole. */
const LABEL_OUTSIDER = /[^A-Za-z0-9_-]/u;
const ALL_DIGITS = /^[0-9]+$/;
const LABEL_RULE = 'a label is 1-63 letters, digits, "-" or "_"';
/**
 * Returns undefined for a valid name, otherwise why it is not one and what
 * would be, phrased to follow `"<name>" is not a valid domain name: `.
 * One trailing dot (a fully qualified name) is allowed.
 */
function checkDomainName(name) {
    const text = withoutTrailingDot(name);
    if (text === '')
        return 'it is empty; write a name such as "example.com"';
    if (text.length > MAX_NAME_LENGTH) {
        return `it is ${text.length} characters long; a name has at most ${MAX_NAME_LENGTH} (RFC 1035 section 2.3.4)`;
    }
    const labels = text.split('.');
    for (const label of labels) {
        const problem = checkLabel(label);
        if (problem !== undefined)
            return problem;
    }
    if (labels.length < 2) {
        return `it has a single label; write the full name, such as "${text}.com"`;
    }
    const last = labels[labels.length - 1] ?? '';
    if (ALL_DIGITS.test(last)) {
        // RFC 3696 section 2: a top-level domain is never all-numeric, which
        // keeps dotted IPv4 addresses from reading as names.
        return `its last label "${last}" is all digits; a top-level domain has a letter (an IP address is not a domain name)`;
    }
    return undefined;
}
/** The form names are compared and looked up in: lower-case, without one trailing dot. */
function normalizeDomainName(name) {
    return withoutTrailingDot(name).toLowerCase();
}
function withoutTrailingDot(name) {
    return name.endsWith('.') ? name.slice(0, -1) : name;
}
function checkLabel(label) {
    if (label === '')
        return `it has an empty label (".." or a leading "."); ${LABEL_RULE}`;
    if (label.length > MAX_LABEL_LENGTH) {
        return `the label "${label}" is ${label.length} characters long; ${LABEL_RULE}`;
    }
    const bad = LABEL_OUTSIDER.exec(label)?.[0];
    if (bad !== undefined)
        return badCharacter(label, bad);
    if (label.startsWith('-') || label.endsWith('-')) {
        return `the label "${label}" starts or ends with "-"; a label starts and ends with a letter, digit or "_"`;
    }
    return undefined;
}
function badCharacter(label, character) {
    // Non-ASCII names go on the wire as A-labels (RFC 5890 section 2.3.2.1).
    const hint = character.charCodeAt(0) < 0x80
        ? LABEL_RULE
        : `${LABEL_RULE}; write an internationalized name in its ASCII "xn--" form`;
    const shown = character === ' ' ? 'a space' : JSON.stringify(character);
    return `the label "${label}" contains ${shown}; ${hint}`;
}

;// CONCATENATED MODULE: ./lib/config/validate-domains.js
// `senders` and `hosts`: lists of domain names. Each name is checked and
// normalized; a name listed twice would be resolved twice and written in two
// places, so it is reported instead.



/** The one group's name when `senders` is a plain list. */
const PLAIN_SENDERS_GROUP = 'senders';
const GROUP_NAME = /^[A-Za-z0-9_-]+$/;
/** Output sections the pipeline names itself; a group with these names would merge into them. */
const RESERVED_GROUP_NAMES = ['hosts', 'static'];
const SENDERS_EXPECTED = 'a list of domain names, or a map of group names to lists of domain names';
const SENDER_LIST_EXPECTED = 'a list of domain names, such as [google.com, outlook.com]';
const HOSTS_EXPECTED = 'a list of host names, such as [mx1.example.net, mx2.example.net]';
function readSenders(reader, field) {
    const seen = new Map();
    if ((0,dist/* isSeq */.oP)(field.node)) {
        const domains = readDomainList(reader, field, seen, SENDER_LIST_EXPECTED);
        return [{ name: PLAIN_SENDERS_GROUP, domains: domains.map(asSender) }];
    }
    const entries = reader.entries(field, SENDERS_EXPECTED);
    if (entries === undefined)
        return [];
    if (entries.length === 0) {
        reader.report(field, 'senders has no groups; add at least one, such as "webmail: [google.com]"');
    }
    const groups = [];
    for (const entry of entries) {
        const problem = checkGroupName(entry.key);
        if (problem !== undefined)
            reader.issues.add(entry.keyNode, problem);
        const domains = readDomainList(reader, entry.value, seen, SENDER_LIST_EXPECTED);
        groups.push({ name: entry.key, domains: domains.map(asSender) });
    }
    return groups;
}
function readHosts(reader, field) {
    const seen = new Map();
    return readDomainList(reader, field, seen, HOSTS_EXPECTED, true).map(({ name, at }) => ({
        host: name,
        at,
    }));
}
function readDomainList(reader, field, seen, expected, emptyAllowed = false) {
    const items = reader.items(field, expected);
    if (items === undefined)
        return [];
    if (items.length === 0 && !emptyAllowed) {
        reader.report(field, `${field.name} is empty; list at least one domain name`);
    }
    const names = [];
    for (const item of items) {
        const name = readDomainName(reader, item);
        if (name === undefined)
            continue;
        const at = reader.issues.positionOf(item.at);
        const first = seen.get(name);
        if (first === undefined) {
            seen.set(name, { field: item.name, at });
            names.push({ name, at });
        }
        else {
            reader.report(item, `${item.name}: "${name}" is already listed at line ${first.at.line}, column ${first.at.column} (${first.field}); list each name once`);
        }
    }
    return names;
}
/** A valid name, normalized; undefined (and an issue) otherwise. */
function readDomainName(reader, item) {
    const text = reader.text(item, 'a domain name, such as "example.com"');
    if (text === undefined)
        return undefined;
    const problem = checkDomainName(text);
    if (problem === undefined)
        return normalizeDomainName(text);
    if (isAddressRange(text)) {
        reader.report(item, `${item.name}: "${text}" is an IP address, not a domain name; put fixed addresses under "static:" with a note`);
    }
    else {
        reader.report(item, `${item.name}: "${text}" is not a valid domain name: ${problem}`);
    }
    return undefined;
}
function isAddressRange(text) {
    try {
        parseCidr(text);
        return true;
    }
    catch {
        return false;
    }
}
function checkGroupName(name) {
    if (!GROUP_NAME.test(name)) {
        return `group name ${JSON.stringify(name)} in senders is not valid; a group name is one or more letters, digits, "-" or "_"`;
    }
    if (RESERVED_GROUP_NAMES.includes(name)) {
        return `group name "${name}" in senders is reserved for the "${name}" section of the output; choose another name`;
    }
    return undefined;
}
function asSender({ name, at }) {
    return { domain: name, at };
}

;// CONCATENATED MODULE: ./lib/config/validate-outputs.js
// `outputs`: the files to write. Paths are relative to the config file's
// directory, so the same config works wherever the repository is checked out.



const DEFAULT_OUTPUT_PATH = 'postscreen_spf_allowlist.cidr';
/** Each list's default output: one postscreen table. */
const DEFAULT_OUTPUT_PATH_OF = {
    allow: DEFAULT_OUTPUT_PATH,
    deny: 'postscreen_spf_denylist.cidr',
};
const OUTPUT_FORMATS = [
    'postscreen',
    'postfix-access',
    'plain',
    'nftables',
    'json',
];
/** The keys each format takes besides "path" and "format". */
const FORMAT_OPTIONS = {
    postscreen: [],
    'postfix-access': ['action'],
    plain: ['family'],
    nftables: ['table', 'family', 'set4', 'set6'],
    json: [],
};
const OUTPUT_KEYS = ['path', 'format', 'action', 'family', 'table', 'set4', 'set6'];
const ENTRY_EXPECTED = 'a map with keys "path", "format" and the options of the format';
/**
 * Actions that let a listed client through (OK), change nothing (DUNNO), or
 * only log it (WARN, INFO; Postfix 3.0+) — access(5). Every other action
 * would reject, hold, discard, redirect or filter the mail of every listed
 * sender, and numeric results are relay-authorization data, so none is allowed.
 * A denylist rejects (REJECT: access_map_reject_code, 554 by default) or,
 * for a trial, only logs; OK there would let every denied client through.
 */
const ACCESS_ACTIONS_OF = {
    allow: ['OK', 'DUNNO', 'WARN', 'INFO'],
    deny: ['REJECT', 'DUNNO', 'WARN', 'INFO'],
};
const ACCESS_ACTIONS_WHY = {
    allow: 'access(5) actions that never reject, hold or reroute the mail of a listed sender',
    deny: 'access(5) actions that reject a listed client or only log it',
};
const PLAIN_FAMILIES = ['ipv4', 'ipv6', 'both'];
const NFTABLES_FAMILIES = ['inet', 'ip', 'ip6', 'bridge', 'netdev'];
/**
 * nft(8) identifiers; 255 characters is the kernel's limit (NFT_NAME_MAXLEN).
 * nft reads some words as keywords ("drop", "counter", ...) even where a
 * name belongs, and nft 1.0 cannot quote names; the keywords change between
 * nft versions, so they are not checked here. Such a file fails `nft -c -f`
 * and `nft -f` as a whole, leaving the loaded sets as they were.
 */
const NFTABLES_NAME = /^[A-Za-z][A-Za-z0-9_]{0,254}$/;
function defaultOutputs(configFile, list = 'allow') {
    return [{ path: besideConfig(configFile, DEFAULT_OUTPUT_PATH_OF[list]), format: 'postscreen' }];
}
/**
 * Output paths are relative to the config file. One function for both the
 * default and given paths: ncc rewrites `resolve(dirname(x), 'literal')` into
 * a path inside dist/ (its asset relocation), which would misplace the file.
 */
function besideConfig(configFile, path) {
    return (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.dirname)(configFile), path);
}
/** `list`: which list the outputs write (`outputs` or `deny.outputs`); it sets the valid actions. */
function readOutputs(reader, field, configFile, list = 'allow') {
    const items = reader.items(field, `a list of outputs, each ${ENTRY_EXPECTED}`);
    if (items === undefined)
        return [];
    if (items.length === 0) {
        reader.report(field, `${field.name} is empty; list at least one, or remove the key to write ${DEFAULT_OUTPUT_PATH_OF[list]}`);
    }
    const firstField = new Map();
    const outputs = [];
    for (const item of items) {
        const output = readOutput(reader, item, configFile, list);
        if (output === undefined)
            continue;
        const first = firstField.get(output.path);
        if (first === undefined) {
            firstField.set(output.path, item.name);
            outputs.push(output);
        }
        else {
            reader.report(item, `${item.name} writes ${output.path}, as ${first} does; give each output its own path`);
        }
    }
    return outputs;
}
function readOutput(reader, item, configFile, list) {
    if (!(0,dist/* isMap */.jh)(item.node)) {
        reader.reportType(item, ENTRY_EXPECTED);
        return undefined;
    }
    const fields = reader.fields(item, OUTPUT_KEYS, ENTRY_EXPECTED);
    const pathField = fields.get('path');
    const formatField = fields.get('format');
    if (pathField === undefined) {
        reader.report(item, `${item.name} has no "path"; add one, such as "path: ${DEFAULT_OUTPUT_PATH}"`);
        return undefined;
    }
    const path = readPath(reader, pathField, configFile);
    const format = formatField === undefined ? 'postscreen' : readFormat(reader, formatField);
    if (path === undefined || format === undefined)
        return undefined;
    return { path, format, ...readOptions(reader, fields, format, list) };
}
function readPath(reader, field, configFile) {
    const text = reader.text(field, "a file path, relative to the config file's directory");
    if (text === undefined)
        return undefined;
    if (text.trim() === '') {
        reader.report(field, `${field.name} is empty; give a file path such as "${DEFAULT_OUTPUT_PATH}"`);
        return undefined;
    }
    const path = besideConfig(configFile, text);
    if (path !== configFile)
        return path;
    reader.report(field, `${field.name} is the config file itself; choose another path`);
    return undefined;
}
function readFormat(reader, field) {
    const valid = `one of: ${OUTPUT_FORMATS.join(', ')}`;
    const text = reader.text(field, valid);
    const format = OUTPUT_FORMATS.find((known) => known === text);
    if (text !== undefined && format === undefined) {
        reader.report(field, `${field.name}: "${text}" is not a known format; use ${valid}`);
    }
    return format;
}
/**
 * The options of `format`; a key of another format is an error. Options
 * that fail validation are left out: the config is discarded anyway.
 */
function readOptions(reader, fields, format, list) {
    for (const [key, field] of fields) {
        if (key === 'path' || key === 'format' || FORMAT_OPTIONS[format].includes(key))
            continue;
        reader.report(field, `${field.name} is not an option of format "${format}"; ${optionsOf(format)}`);
    }
    switch (format) {
        case 'postfix-access': {
            const action = optional(fields.get('action'), (f) => readAction(reader, f, list));
            return action === undefined ? {} : { action };
        }
        case 'plain': {
            const family = optional(fields.get('family'), (f) => readOneOf(reader, f, PLAIN_FAMILIES));
            return family === undefined ? {} : { family };
        }
        case 'nftables':
            return { nftables: readNftablesNames(reader, fields, list) };
        case 'postscreen':
        case 'json':
            return {};
    }
}
function optionsOf(format) {
    const options = FORMAT_OPTIONS[format];
    return options.length === 0
        ? `format "${format}" takes only "path" and "format"`
        : `format "${format}" takes: ${options.join(', ')}`;
}
function optional(field, read) {
    return field === undefined ? undefined : read(field);
}
function readAction(reader, field, list) {
    const actions = ACCESS_ACTIONS_OF[list];
    const valid = `one of: ${actions.join(', ')}`;
    const text = reader.text(field, valid);
    if (text === undefined)
        return undefined;
    const action = actions.find((known) => known === text);
    if (action !== undefined)
        return action;
    const upper = actions.find((known) => known === text.toUpperCase());
    reader.report(field, upper === undefined
        ? `${field.name}: "${text}" is not allowed; use ${valid} (${ACCESS_ACTIONS_WHY[list]})`
        : `${field.name}: write "${upper}" in upper case, as access(5) does`);
    return undefined;
}
function readOneOf(reader, field, valid) {
    const expected = `one of: ${valid.join(', ')}`;
    const text = reader.text(field, expected);
    const found = valid.find((known) => known === text);
    if (text !== undefined && found === undefined) {
        reader.report(field, `${field.name}: "${text}" is not valid; use ${expected}`);
    }
    return found;
}
function readNftablesNames(reader, fields, list) {
    const names = {};
    const family = optional(fields.get('family'), (f) => readOneOf(reader, f, NFTABLES_FAMILIES));
    if (family !== undefined)
        names.family = family;
    for (const key of ['table', 'set4', 'set6']) {
        const name = optional(fields.get(key), (f) => readNftablesName(reader, f));
        if (name !== undefined)
            names[key] = name;
    }
    // One name for both sets would declare one set with two types.
    const defaults = DEFAULT_NFTABLES_NAMES_OF[list];
    const set4 = names.set4 ?? defaults.set4;
    const clash = fields.get('set6') ?? fields.get('set4');
    if (set4 === (names.set6 ?? defaults.set6) && clash !== undefined) {
        reader.report(clash, `${clash.name}: the IPv4 and IPv6 sets would both be named "${set4}"; give them different names`);
    }
    return names;
}
function readNftablesName(reader, field) {
    const expected = 'an nftables name: a letter, then letters, digits or "_" (at most 255 characters), such as "spf_allowlist"';
    const text = reader.text(field, expected);
    if (text === undefined)
        return undefined;
    if (NFTABLES_NAME.test(text))
        return text;
    reader.report(field, `${field.name}: "${text}" is not ${expected}`);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/config/validate-static.js
// `static`: fixed ranges the user vouches for, each with a note saying why,
// because a reviewer of the allowlist should never meet an unexplained range.




const STATIC_KEYS = ['range', 'note'];
const validate_static_ENTRY_EXPECTED = 'a map with keys "range" and "note"';
const RANGE_EXPECTED = 'an IPv4 or IPv6 address or range, such as "192.0.2.0/24"';
function readStatic(reader, field) {
    const items = reader.items(field, `a list of entries, each ${validate_static_ENTRY_EXPECTED}`);
    const entries = [];
    for (const item of items ?? []) {
        const entry = readEntry(reader, item);
        if (entry !== undefined)
            entries.push(entry);
    }
    return entries;
}
function readEntry(reader, item) {
    if (!(0,dist/* isMap */.jh)(item.node)) {
        reader.reportType(item, validate_static_ENTRY_EXPECTED);
        return undefined;
    }
    const fields = reader.fields(item, STATIC_KEYS, validate_static_ENTRY_EXPECTED);
    const rangeField = fields.get('range');
    const noteField = fields.get('note');
    if (rangeField === undefined) {
        reader.report(item, `${item.name} has no "range"; add one, such as "range: 192.0.2.0/24"`);
    }
    if (noteField === undefined) {
        reader.report(item, `${item.name} has no "note"; say why this range is trusted`);
    }
    const range = rangeField && readRange(reader, rangeField);
    const note = noteField && readNote(reader, noteField);
    if (range === undefined || note === undefined)
        return undefined;
    return { ...range, note, at: reader.issues.positionOf(item.at) };
}
function readRange(reader, field) {
    const text = reader.text(field, RANGE_EXPECTED);
    if (text === undefined)
        return undefined;
    try {
        const { cidr, hostBitsSet } = parseCidr(text);
        if (!hostBitsSet)
            return { range: cidr, text };
        // Postfix skips cidr table lines whose address has bits set below the
        // prefix (cidr_table(5)), so such a range would silently do nothing.
        reader.report(field, `${field.name}: "${text}" has host bits set, which Postfix rejects; write the network "${formatCidr(cidr)}", or the single address without a prefix`);
    }
    catch (error) {
        if (!(error instanceof RangeSyntaxError))
            throw error;
        reader.report(field, `${field.name}: "${text}" is not a valid range: ${error.reason}`);
    }
    return undefined;
}
function readNote(reader, field) {
    const note = reader.text(field, 'text saying why this range is trusted');
    if (note === undefined)
        return undefined;
    if (note.trim() !== '')
        return note;
    reader.report(field, `${field.name} is empty; say why this range is trusted`);
    return undefined;
}

;// CONCATENATED MODULE: ./lib/config/validate-deny.js
// `deny:` (issue #9 scope 1): the same shapes as the allow side (`senders`,
// `hosts`, `static`, `outputs`), read by the same readers, plus the rules
// that span both sides: a name is either allowed or denied, and the two
// lists never write the same file or fill the same nftables set.





const DENY_KEYS = ['senders', 'hosts', 'static', 'outputs'];
const EXPECTED = `a map with keys ${DENY_KEYS.join(', ')}, each as on the allow side`;
function readDeny(reader, field, allow) {
    if (!(0,dist/* isMap */.jh)(field.node)) {
        reader.reportType(field, EXPECTED);
        return undefined;
    }
    const issuesBefore = reader.issues.issues.length;
    const fields = reader.fields(field, DENY_KEYS, EXPECTED);
    const senders = fields.get('senders');
    const hosts = fields.get('hosts');
    const staticRanges = fields.get('static');
    const outputs = fields.get('outputs');
    const deny = {
        senders: senders ? readSenders(reader, senders) : [],
        hosts: hosts ? readHosts(reader, hosts) : [],
        static: staticRanges ? readStatic(reader, staticRanges) : [],
        outputs: outputs
            ? readOutputs(reader, outputs, allow.file, 'deny')
            : defaultOutputs(allow.file, 'deny'),
    };
    // Only when nothing more specific was said: an empty list already is an issue.
    if (sourceCount(deny) === 0 && reader.issues.issues.length === issuesBefore) {
        reader.report(field, 'deny lists no sources; add "senders", "hosts" or "static" under it, or remove "deny:"');
    }
    checkNamesOnOneSide(reader, allow, deny);
    checkOutputsApart(reader, outputs ?? field, allow.outputs, deny.outputs);
    return deny;
}
function sourceCount(deny) {
    const senders = deny.senders.reduce((n, group) => n + group.domains.length, 0);
    return senders + deny.hosts.length + deny.static.length;
}
function namesOf(side, prefix) {
    return [
        ...side.senders.flatMap((group) => group.domains.map(({ domain, at }) => ({ name: domain, list: `${prefix}senders`, at }))),
        ...side.hosts.map(({ host, at }) => ({ name: host, list: `${prefix}hosts`, at })),
    ];
}
/** A name on both sides would be written to both files: which one the admin meant is unknowable. */
function checkNamesOnOneSide(reader, allow, deny) {
    const allowed = new Map(namesOf(allow, '').map((entry) => [entry.name, entry]));
    for (const denied of namesOf(deny, 'deny.')) {
        const first = allowed.get(denied.name);
        if (first === undefined)
            continue;
        reader.issues.addAt(denied.at, `${denied.list}: "${denied.name}" is also allowed, in ${first.list} at line ${first.at.line}, column ${first.at.column}; a name is either allowed or denied, so list it on one side only`);
    }
}
/**
 * The lists are separate files, and nftables sets are flushed and refilled
 * by each file: a shared path or set would make one list overwrite the other.
 */
function checkOutputsApart(reader, at, allow, deny) {
    const allowPaths = new Set(allow.map((output) => output.path));
    for (const output of deny) {
        if (allowPaths.has(output.path)) {
            reader.report(at, `${at.name}: ${output.path} is also an output of the allowlist; give each list its own files`);
        }
    }
    for (const clash of sharedNftablesSets(allow, deny))
        reader.report(at, `${at.name}: ${clash}`);
}
function sharedNftablesSets(allow, deny) {
    const setsOf = (output, list) => {
        const names = nftablesNames(output, list);
        const table = `${names.family} ${names.table}`;
        return [names.set4, names.set6].map((set) => ({ key: `${table} ${set}`, output }));
    };
    const allowSets = new Map(allow
        .filter((o) => o.format === 'nftables')
        .flatMap((o) => setsOf(o, 'allow'))
        .map((s) => [s.key, s.output]));
    const clashes = [];
    for (const { key, output } of deny
        .filter((o) => o.format === 'nftables')
        .flatMap((o) => setsOf(o, 'deny'))) {
        const other = allowSets.get(key);
        if (other === undefined)
            continue;
        clashes.push(`the nftables output ${output.path} fills set "${key}", as the allowlist's ${other.path} does, so loading one would empty the other; give the deny sets other names (set4, set6)`);
    }
    return clashes;
}

;// CONCATENATED MODULE: external "node:dns/promises"
const external_node_dns_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./lib/dns/node-resolver.js
// The resolver port over Node's c-ares resolver (node:dns/promises). Its one
// job besides asking is to classify failures: NXDOMAIN and NODATA are
// answers, everything else is transient and must never read as "no record"
// (DESIGN.md "Failure policy").



const LOOKUPS = {
    TXT: (resolver, name) => resolver.resolveTxt(name),
    A: (resolver, name) => resolver.resolve4(name),
    AAAA: (resolver, name) => resolver.resolve6(name),
    // Copy the two fields: Node 24 adds `type: 'MX'` to each record, Node 20 does not.
    MX: async (resolver, name) => (await resolver.resolveMx(name)).map(({ exchange, priority }) => ({ exchange, priority })),
};
/** c-ares error codes that mean the lookup failed, not that the record is absent. */
const TRANSIENT_CODES = {
    ESERVFAIL: 'SERVFAIL',
    EREFUSED: 'REFUSED',
    ETIMEOUT: 'TIMEOUT',
    ECONNREFUSED: 'CONNECTION',
};
function createNodeResolver(options) {
    const resolver = new external_node_dns_promises_namespaceObject.Resolver({ timeout: options.timeoutMs, tries: options.tries });
    if (options.servers.length > 0)
        resolver.setServers(options.servers.map(formatServer));
    return async (name, type) => {
        const query = normalizeDomainName(name);
        try {
            return { kind: 'answer', records: await LOOKUPS[type](resolver, query) };
        }
        catch (error) {
            return classifyFailure(error, query, type);
        }
    };
}
function classifyFailure(error, name, type) {
    const code = error.code;
    // c-ares: ENOTFOUND is rcode NXDOMAIN; ENODATA is NOERROR without records of the type (NODATA).
    if (code === 'ENOTFOUND')
        return { kind: 'nxdomain' };
    if (code === 'ENODATA')
        return { kind: 'answer', records: [] };
    const reason = typeof code === 'string' ? TRANSIENT_CODES[code] : undefined;
    const detail = typeof code === 'string' ? code : String(error);
    // The reason alone when it says everything (SERVFAIL); the raw code otherwise (EBADNAME).
    return {
        kind: 'transient',
        reason: reason ?? 'OTHER',
        message: `${type} lookup of ${name} failed: ${reason ?? detail}`,
    };
}
/** Node's setServers syntax: "192.0.2.1:53", "[2001:db8::1]:53". */
function formatServer(server) {
    return (0,external_node_net_.isIPv6)(server.host) ? `[${server.host}]:${server.port}` : `${server.host}:${server.port}`;
}
class DnsServerSyntaxError extends Error {
    text;
    constructor(text, reason) {
        super(`"${text}" is not a DNS server address (${reason}); expected an IPv4 address (192.0.2.53), ` +
            `IPv4:port (192.0.2.53:5353), an IPv6 address (2001:db8::53) or [IPv6]:port ([2001:db8::53]:5353)`);
        this.text = text;
        this.name = 'DnsServerSyntaxError';
    }
}
const DEFAULT_PORT = 53;
const DOTTED_QUAD = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const BRACKETED = /^\[([^\]]*)\](?::(.*))?$/;
/** "ip", "ip:port" or "[ipv6]:port"; the port defaults to 53. */
function parseDnsServer(text) {
    const bracketed = BRACKETED.exec(text);
    if (bracketed !== null) {
        const [, host = '', port] = bracketed;
        if (port === undefined)
            throw new DnsServerSyntaxError(text, 'a bracketed IPv6 address needs a port');
        return { host: ipv6(text, host), port: parsePort(text, port) };
    }
    const colons = text.split(':').length - 1;
    if (colons > 1)
        return { host: ipv6(text, text), port: DEFAULT_PORT };
    const [host = '', port] = text.split(':');
    if (!DOTTED_QUAD.test(host)) {
        throw new DnsServerSyntaxError(text, `"${host}" is not a dotted-quad IPv4 address`);
    }
    return { host, port: port === undefined ? DEFAULT_PORT : parsePort(text, port) };
}
function ipv6(text, host) {
    if (!(0,external_node_net_.isIPv6)(host))
        throw new DnsServerSyntaxError(text, `"${host}" is not an IPv6 address`);
    return host;
}
function parsePort(text, port) {
    const value = /^\d{1,5}$/.test(port) ? Number(port) : NaN;
    if (!(value >= 1 && value <= 65535)) {
        throw new DnsServerSyntaxError(text, `port "${port}" is not a number from 1 to 65535`);
    }
    return value;
}

;// CONCATENATED MODULE: ./lib/config/validate-dns.js
// `dns`: which resolvers to ask and how patiently. The bounds keep a typo
// (timeout: 500) from turning one run into hours.

const DNS_KEYS = ['servers', 'timeout', 'tries', 'concurrency', 'deadline'];
const DEFAULT_DNS = {
    servers: [],
    timeoutMs: 5000,
    tries: 2,
    concurrency: 32,
    deadlineMs: 120_000,
};
function readDnsSettings(reader, field) {
    const fields = reader.fields(field, DNS_KEYS, `a map with keys ${DNS_KEYS.join(', ')}`);
    const servers = fields.get('servers');
    const timeout = fields.get('timeout');
    const tries = fields.get('tries');
    const concurrency = fields.get('concurrency');
    const deadline = fields.get('deadline');
    const timeoutSeconds = timeout && readSeconds(reader, timeout, 60);
    // The whole run, not one query: an hour is far past any sane run.
    const deadlineSeconds = deadline && readSeconds(reader, deadline, 3600);
    return {
        servers: servers ? readServers(reader, servers) : DEFAULT_DNS.servers,
        // Whole milliseconds, never 0 (which Node reads as "no timeout").
        timeoutMs: timeoutSeconds === undefined ? DEFAULT_DNS.timeoutMs : Math.ceil(timeoutSeconds * 1000),
        tries: (tries && readCount(reader, tries, 10)) ?? DEFAULT_DNS.tries,
        concurrency: (concurrency && readCount(reader, concurrency, 1024)) ?? DEFAULT_DNS.concurrency,
        deadlineMs: deadlineSeconds === undefined ? DEFAULT_DNS.deadlineMs : Math.ceil(deadlineSeconds * 1000),
    };
}
function readSeconds(reader, field, max) {
    return reader.number(field, `a number of seconds, more than 0 and at most ${max}`, (s) => s > 0 && s <= max);
}
function readCount(reader, field, max) {
    return reader.number(field, `a whole number from 1 to ${max}`, (n) => Number.isInteger(n) && n >= 1 && n <= max);
}
function readServers(reader, field) {
    const expected = 'a list of DNS server addresses, such as ["192.0.2.53", "192.0.2.54:5353"]';
    const servers = [];
    for (const item of reader.items(field, expected) ?? []) {
        const text = reader.text(item, 'a DNS server address, such as "192.0.2.53" or "192.0.2.53:5353"');
        if (text === undefined)
            continue;
        try {
            servers.push(parseDnsServer(text));
        }
        catch (error) {
            if (!(error instanceof DnsServerSyntaxError))
                throw error;
            reader.report(item, `${item.name}: ${error.message}`);
        }
    }
    return servers;
}

;// CONCATENATED MODULE: ./lib/config/validate-limits.js
// `limits`: resource bounds for one run (issue #8 scope 5). A stranger's DNS
// data decides how big an answer or an include tree is, and a generated or
// pasted config can list any number of sources; these keep a run's memory and
// time bounded whatever it meets. Defaults are far above what real senders
// need; the bounds keep a typo from switching a limit off.
const DEFAULT_LIMITS = {
    maxQueriesPerRun: 20_000,
    // RFC 1035 section 4.2.2: a DNS message over TCP is at most 65,535 bytes.
    maxTxtBytes: 65_536,
    maxLookupsPerDomain: 100,
    // The largest run docs/benchmarks.md measures (5,000 senders: 36 s, 1.7 GiB).
    maxSources: 5_000,
};
/** YAML key, Limits field, what is valid, and the check. */
const LIMIT_KEYS = [
    [
        'max-queries-per-run',
        'maxQueriesPerRun',
        'a whole number of queries from 1 to 1000000',
        wholeIn(1, 1_000_000),
    ],
    [
        'max-txt-bytes',
        'maxTxtBytes',
        'a whole number of bytes from 512 to 1048576',
        wholeIn(512, 1_048_576),
    ],
    [
        'max-lookups-per-domain',
        'maxLookupsPerDomain',
        // RFC 7208 section 4.6.4 allows 10; fewer would cut off senders every receiver accepts.
        'a whole number of lookups from 10 to 10000',
        wholeIn(10, 10_000),
    ],
    ['max-sources', 'maxSources', 'a whole number of sources from 1 to 100000', wholeIn(1, 100_000)],
];
const KEYS = LIMIT_KEYS.map(([key]) => key);
function wholeIn(min, max) {
    return (n) => Number.isInteger(n) && n >= min && n <= max;
}
function readLimits(reader, field) {
    const fields = reader.fields(field, KEYS, `a map with keys ${KEYS.join(', ')}`);
    const limits = { ...DEFAULT_LIMITS };
    for (const [key, name, expected, valid] of LIMIT_KEYS) {
        const value = fields.get(key);
        const read = value && reader.number(value, expected, valid);
        if (read !== undefined)
            limits[name] = read;
    }
    return limits;
}
/** `limits.max-sources`, checked once every list is read (deny included); reported at `at`. */
function checkSourceCount(reader, at, config) {
    const count = countSources(config);
    const max = config.limits.maxSources;
    if (count <= max)
        return;
    reader.report(at, `the config lists ${count} sources (senders, hosts and static ranges${config.deny ? ', allowed and denied' : ''}), more than limits.max-sources (${max}); split them across configs or raise limits.max-sources`);
}
/** Senders, hosts and static ranges of both lists: what a run resolves and reports on. */
function countSources(config) {
    return sourcesOf(config) + (config.deny ? sourcesOf(config.deny) : 0);
}
function sourcesOf(side) {
    const senders = side.senders.reduce((n, group) => n + group.domains.length, 0);
    return senders + side.hosts.length + side.static.length;
}

;// CONCATENATED MODULE: ./lib/config/validate-policy.js
// `policy`: the safety limits of issue #4. Defaults are the issue's; the
// bounds keep a typo from switching a safeguard off.
const DEFAULT_POLICY = {
    keepStaleDays: 7,
    maxFailedPercent: 25,
    allowSpecial: false,
    broadestIpv4: 12,
    broadestIpv6: 28,
    maxTotalIpv4: 16_777_216,
    maxGrowthAddresses: 65_536,
    maxShrinkPercent: 50,
};
/** YAML key, Policy field, what is valid, and the check. */
const NUMBER_KEYS = [
    ['keep-stale-days', 'keepStaleDays', 'a whole number of days from 0 to 365', validate_policy_wholeIn(0, 365)],
    [
        'max-failed-percent',
        'maxFailedPercent',
        'a percentage from 0 to 100',
        (n) => n >= 0 && n <= 100,
    ],
    ['broadest-ipv4', 'broadestIpv4', 'a prefix length from 1 to 32', validate_policy_wholeIn(1, 32)],
    ['broadest-ipv6', 'broadestIpv6', 'a prefix length from 1 to 128', validate_policy_wholeIn(1, 128)],
    [
        'max-total-ipv4',
        'maxTotalIpv4',
        'a whole number of addresses, at least 1',
        validate_policy_wholeIn(1, 2 ** 32),
    ],
    ['max-growth-addresses', 'maxGrowthAddresses', 'a whole number, at least 0', validate_policy_wholeIn(0, 2 ** 53)],
    [
        'max-shrink-percent',
        'maxShrinkPercent',
        'a percentage from 0 to 100',
        (n) => n >= 0 && n <= 100,
    ],
];
const POLICY_KEYS = [...NUMBER_KEYS.map(([key]) => key), 'allow-special'];
function validate_policy_wholeIn(min, max) {
    return (n) => Number.isInteger(n) && n >= min && n <= max;
}
function readPolicy(reader, field) {
    const fields = reader.fields(field, POLICY_KEYS, `a map with keys ${POLICY_KEYS.join(', ')}`);
    const policy = { ...DEFAULT_POLICY };
    for (const [key, name, expected, valid] of NUMBER_KEYS) {
        const value = fields.get(key);
        const read = value && reader.number(value, expected, valid);
        if (read !== undefined)
            policy[name] = read;
    }
    const allowSpecial = fields.get('allow-special');
    policy.allowSpecial = (allowSpecial && reader.boolean(allowSpecial)) ?? false;
    return policy;
}

;// CONCATENATED MODULE: ./lib/config/validate-config.js
// The top level of `spf-allowlist.yml`: which keys exist, their defaults,
// and the rules that span keys. Each section has its own reader module.









const TOP_LEVEL_KEYS = [
    'senders',
    'hosts',
    'static',
    'outputs',
    'ipv4',
    'ipv6',
    'strict',
    'dns',
    'policy',
    'limits',
    'deny',
];
const STARTER = 'see examples/spf-allowlist.yml';
/**
 * Reads the whole document, recording every issue in `reader.issues`. The
 * result is only meaningful when no issue was recorded; undefined when the
 * document is not a map at all.
 */
function validateConfig(reader, file) {
    const root = reader.root();
    if (root === undefined) {
        reader.issues.addAt({ line: 1, column: 1 }, `the file is empty; it needs at least "senders:" with the domains to allow (${STARTER})`);
        return undefined;
    }
    const expected = `a map of settings with keys ${TOP_LEVEL_KEYS.join(', ')} (${STARTER})`;
    if (!(0,dist/* isMap */.jh)(root.node)) {
        reader.report(root, `the file must be ${expected}, got ${describeValue(root.node)}`);
        return undefined;
    }
    const fields = reader.fields(root, TOP_LEVEL_KEYS, expected);
    const senders = fields.get('senders');
    if (senders === undefined) {
        reader.report(root, 'senders is missing; list the domains to allow, such as "senders: [google.com]"');
    }
    const hosts = fields.get('hosts');
    const staticRanges = fields.get('static');
    const outputs = fields.get('outputs');
    const strict = fields.get('strict');
    const dns = fields.get('dns');
    const policy = fields.get('policy');
    const limits = fields.get('limits');
    const deny = fields.get('deny');
    const config = {
        file,
        senders: senders ? readSenders(reader, senders) : [],
        hosts: hosts ? readHosts(reader, hosts) : [],
        static: staticRanges ? readStatic(reader, staticRanges) : [],
        outputs: outputs ? readOutputs(reader, outputs, file) : defaultOutputs(file),
        ...readFamilies(reader, fields.get('ipv4'), fields.get('ipv6')),
        strict: (strict && reader.boolean(strict)) ?? false,
        dns: dns ? readDnsSettings(reader, dns) : DEFAULT_DNS,
        policy: policy ? readPolicy(reader, policy) : DEFAULT_POLICY,
        limits: limits ? readLimits(reader, limits) : DEFAULT_LIMITS,
        deny: undefined,
    };
    const withDeny = { ...config, deny: deny && readDeny(reader, deny, config) };
    checkSourceCount(reader, senders ?? root, withDeny);
    return withDeny;
}
function readFamilies(reader, ipv4Field, ipv6Field) {
    const ipv4 = (ipv4Field && reader.boolean(ipv4Field)) ?? true;
    const ipv6 = (ipv6Field && reader.boolean(ipv6Field)) ?? true;
    const later = laterField(ipv4Field, ipv6Field);
    if (!ipv4 && !ipv6 && later !== undefined) {
        reader.report(later, 'ipv4 and ipv6 are both false, so nothing would be allowed; set at least one to true');
    }
    return { ipv4, ipv6 };
}
function laterField(a, b) {
    if (a === undefined || b === undefined)
        return a ?? b;
    return (a.at.range?.[0] ?? 0) > (b.at.range?.[0] ?? 0) ? a : b;
}

;// CONCATENATED MODULE: ./lib/config/load-config.js
// Reads `spf-allowlist.yml` into a validated Config, or throws one
// ConfigError listing every problem with its line and column.








/**
 * Parses and validates config text. `file` is the config's absolute path:
 * it names the file in messages and anchors relative output paths.
 */
function parseConfig(text, file) {
    const lines = new dist/* LineCounter */.HN();
    // prettyErrors off: messages stay one line; positions come from `lines`.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false });
    const issues = new IssueCollector(file, lines);
    const sound = checkYamlDocument(doc, issues);
    const config = sound ? validateConfig(new FieldReader(doc, issues), file) : undefined;
    if (config === undefined || issues.issues.length > 0) {
        throw new ConfigError(inFileOrder(issues.issues));
    }
    return config;
}
/** Reads and validates the config file; an unreadable file is a ConfigError at 1:1. */
async function loadConfig(file) {
    const path = (0,external_node_path_namespaceObject.resolve)(file);
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        throw new ConfigError([{ file: path, line: 1, column: 1, message: unreadableMessage(error) }]);
    }
    return parseConfig(text, path);
}
function unreadableMessage(error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') {
        return 'the config file does not exist; pass the path of spf-allowlist.yml (start from examples/spf-allowlist.yml)';
    }
    if (code === 'EISDIR')
        return 'this is a directory; pass the path of the config file itself';
    if (code === 'EACCES')
        return 'the config file cannot be read: permission denied';
    return `the config file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
function inFileOrder(issues) {
    // Array.prototype.sort is stable, so issues at one spot keep their order.
    return [...issues].sort((a, b) => a.line - b.line || a.column - b.column);
}

;// CONCATENATED MODULE: ./lib/dns/bounded-resolver.js
// Resource bounds on what DNS may cost one run (issue #8 scope 5). Whoever
// publishes a sender's records decides how many names its include tree
// reaches and how large its TXT answers are; these caps keep a run's queries
// and memory bounded whatever they publish. Placed under the cache, so only
// queries actually sent are counted.
//
// A capped answer is a transient failure, not "no record": by the failure
// policy (DESIGN.md) the source keeps its previous block and the review says
// why, naming the config key to raise.
function createBoundedResolver(inner, bounds) {
    let sent = 0;
    return async (name, type) => {
        sent += 1;
        if (sent > bounds.maxQueriesPerRun) {
            return refused(`${type} lookup of ${name} not sent: the run already sent ${bounds.maxQueriesPerRun} queries, the limit of limits.max-queries-per-run`);
        }
        const result = await inner(name, type);
        if (type !== 'TXT' || result.kind !== 'answer')
            return result;
        const bytes = txtBytes(result.records);
        if (bytes <= bounds.maxTxtBytes)
            return result;
        return refused(`TXT answer for ${name} refused: its records hold ${bytes} bytes, more than limits.max-txt-bytes (${bounds.maxTxtBytes})`);
    };
}
function refused(message) {
    return { kind: 'transient', reason: 'OTHER', message };
}
/** Each character-string's bytes (Node decodes TXT one character per byte). */
function txtBytes(records) {
    let total = 0;
    for (const strings of records)
        for (const text of strings)
            total += text.length;
    return total;
}

;// CONCATENATED MODULE: ./lib/dns/fifo.js
// A first-in first-out queue read from a moving head. Array#shift copies the
// rest of a long array each time, and thousands of walks or queries can wait
// in one (issue #7 profile: the answer pacer's shift was 2 s at 5000 senders).
class Fifo {
    items = [];
    head = 0;
    size() {
        return this.items.length - this.head;
    }
    push(item) {
        this.items.push(item);
    }
    shift() {
        if (this.head >= this.items.length)
            return undefined;
        const item = this.items[this.head];
        this.head += 1;
        // Drop the items already read once they are most of the array.
        if (this.head >= 1024 && 2 * this.head >= this.items.length) {
            this.items = this.items.slice(this.head);
            this.head = 0;
        }
        return item;
    }
}

;// CONCATENATED MODULE: ./lib/dns/cached-resolver.js
// The cache in front of any Resolve: one DNS query per (name, type) per run,
// however many SPF records reach that name, and a bound on how many queries
// are in flight at once so a big config does not flood the resolver. An
// optional whole-run deadline turns every query still waiting into a
// transient TIMEOUT, so a resolver that drips answers slowly fails the run by
// the failure policy (DESIGN.md) instead of holding it open for hours.
// Answers come back as soon as they arrive: a caller whose work on them is
// heavy paces itself (answer-pacer.ts), and one that only sends the next
// queries (the SPF prefetcher) does not wait behind it.


/**
 * Which waiting queries start first. An SPF record or an MX answer leads to
 * more queries, an address answer ends its chain: starting the former first
 * keeps the longest chains of dependent lookups moving while every slot is
 * taken. Simulated on the bench's lookup plans with no overhead, the
 * 50-sender plan ends 5% sooner than in arrival order, and the 500- and
 * 5,000-sender plans within 1% of it (issue #7).
 */
function startOrder(type) {
    return type === 'TXT' || type === 'MX' ? 'first' : 'later';
}
function createCachedResolver(inner, options) {
    const { concurrency, deadlineMs } = options;
    if (!Number.isInteger(concurrency) || concurrency < 1) {
        throw new RangeError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    }
    const deadline = deadlineMs === undefined ? undefined : startDeadline(deadlineMs);
    // Failures are cached too: asking again in the same run would only repeat
    // the failure and could make one run see two different answers.
    const results = new Map();
    const limit = createLimiter(concurrency);
    let cacheHits = 0;
    const query = (name, type) => {
        const priority = startOrder(type);
        if (deadline === undefined)
            return limit.run(() => inner(name, type), priority);
        const late = () => deadline.timeout(name, type);
        // A query still queued when the deadline passes is never sent.
        const sent = limit.run(() => inner(name, type), priority, () => !deadline.passed());
        const answered = sent.then((result) => result ?? late());
        return Promise.race([answered, deadline.reached.then(late)]);
    };
    const resolve = (name, type) => {
        const normalized = normalizeDomainName(name);
        const key = `${type} ${normalized}`;
        // The key includes the type, so the cached promise is for RecordData[T].
        const cached = results.get(key);
        if (cached !== undefined) {
            cacheHits += 1;
            return cached;
        }
        const pending = query(normalized, type);
        results.set(key, pending);
        return pending;
    };
    return {
        resolve,
        stats: () => ({
            queriesSent: limit.started(),
            distinctQueries: results.size,
            cacheHits,
            inFlightPeak: limit.peak(),
        }),
        inFlight: () => limit.running(),
    };
}
function startDeadline(ms) {
    let passed = false;
    const reached = new Promise((resolve) => {
        // unref: a finished run must not keep the process alive until the deadline.
        setTimeout(() => {
            passed = true;
            resolve();
        }, ms).unref();
    });
    const seconds = ms / 1000;
    return {
        passed: () => passed,
        reached,
        timeout: (name, type) => ({
            kind: 'transient',
            reason: 'TIMEOUT',
            message: `${type} lookup for ${name} had no answer before the run's deadline of ${seconds} s (dns.deadline)`,
        }),
    };
}
/** Runs at most `bound` tasks at once; waiting ones start by priority, then in arrival order. */
function createLimiter(bound) {
    const queues = { first: new Fifo(), later: new Fifo() };
    let running = 0;
    let started = 0;
    let peak = 0;
    const startNext = () => {
        (queues.first.shift() ?? queues.later.shift())?.();
    };
    function finish() {
        running -= 1;
        startNext();
    }
    function run(task, priority, stillWanted = () => true) {
        return new Promise((resolve, reject) => {
            const start = () => {
                if (!stillWanted()) {
                    resolve(undefined);
                    startNext();
                    return;
                }
                running += 1;
                started += 1;
                peak = Math.max(peak, running);
                // async wrapper: a task that throws synchronously still releases its slot.
                (async () => task())().then(resolve, reject).finally(finish);
            };
            if (running < bound)
                start();
            else
                queues[priority].push(start);
        });
    }
    return {
        run,
        started: () => started,
        running: () => running,
        peak: () => peak,
    };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./lib/cidr/interval-words.js
// Set algebra on interval lists in word form (see address-set.ts): each
// interval is its first and last address, `width` 32-bit words each, most
// significant first, and a list is sorted, disjoint and non-adjacent.
//
// The SPF walk combines a small set (one term's ranges) with a large one
// (what is still undecided) hundreds of times per sender (issue #7 profile).
// Decoding both into BigInt pairs for each operation made the garbage
// collector the biggest cost of a run. Here nothing is allocated but the
// result, and the large side is crossed by galloping search and copied in
// bulk, so an operation costs about the small side times log of the large.
// ---- single addresses ---------------------------------------------------
/**
 * -1, 0 or 1 as the address at aAt is below, equal to or above the one at
 * bAt. Only small integers come back: a word difference above 2^30 would be
 * a heap number, allocated on every call that is not inlined (issue #7:
 * the largest allocation site in the walk's profile).
 */
function compareWords(a, aAt, b, bAt, width) {
    for (let w = 0; w < width; w++) {
        const mine = a[aAt + w];
        const theirs = b[bAt + w];
        if (mine !== theirs)
            return mine < theirs ? -1 : 1;
    }
    return 0;
}
/** Whether the address at bAt is the one right after the address at aAt. */
function isSuccessor(a, aAt, b, bAt, width) {
    let carry = 1;
    for (let w = width - 1; w >= 0; w--) {
        const sum = a[aAt + w] + carry;
        if (sum >>> 0 !== b[bAt + w])
            return false;
        carry = sum > 0xffffffff ? 1 : 0;
    }
    return carry === 0;
}
function copyWords(from, fromAt, to, toAt, count) {
    for (let w = 0; w < count; w++)
        to[toAt + w] = from[fromAt + w];
}
/** Writes (address at fromAt) + 1; the caller guarantees it is not the family's last address. */
function writeSuccessor(from, fromAt, to, toAt, width) {
    let carry = 1;
    for (let w = width - 1; w >= 0; w--) {
        const sum = from[fromAt + w] + carry;
        to[toAt + w] = sum >>> 0;
        carry = sum > 0xffffffff ? 1 : 0;
    }
}
/** Writes (address at fromAt) - 1; the caller guarantees it is not zero. */
function writePredecessor(from, fromAt, to, toAt, width) {
    let borrow = 1;
    for (let w = width - 1; w >= 0; w--) {
        const difference = from[fromAt + w] - borrow;
        to[toAt + w] = difference >>> 0;
        borrow = difference < 0 ? 1 : 0;
    }
}
// ---- searching ------------------------------------------------------------
/**
 * The first interval at index `from` or later whose last address is at or
 * above the address at keyAt, or `count` if none. Gallops (1, 2, 4...)
 * before the binary search: the answer is usually `from` or close to it.
 */
function firstEndingAtOrAfter(words, count, from, width, key, keyAt) {
    const stride = 2 * width;
    if (from >= count || compareWords(words, from * stride + width, key, keyAt, width) >= 0) {
        return from;
    }
    // Interval `low` ends before the key; `high` does not, or is count.
    let low = from;
    let step = 1;
    let high = from + step;
    while (high < count && compareWords(words, high * stride + width, key, keyAt, width) < 0) {
        low = high;
        step *= 2;
        high = from + step;
    }
    if (high > count)
        high = count;
    while (high - low > 1) {
        const middle = (low + high) >>> 1;
        if (compareWords(words, middle * stride + width, key, keyAt, width) < 0)
            low = middle;
        else
            high = middle;
    }
    return high;
}
// ---- the output buffer ----------------------------------------------------
/** Results are built here and copied out at their exact size: most are a few words. */
let scratch = new Uint32Array(1024);
/** Above this, a result gets a buffer of its own rather than growing the shared one for good. */
const SCRATCH_LIMIT = 1 << 16;
function outputBuffer(words) {
    if (words > SCRATCH_LIMIT)
        return new Uint32Array(words);
    if (words > scratch.length)
        scratch = new Uint32Array(SCRATCH_LIMIT);
    return scratch;
}
/** One cursor address for subtract, reused across calls. */
const cursor = new Uint32Array(4);
// ---- the operations ------------------------------------------------------
/** `lengthB`: how many of b's words are the list (shrinking-set.ts keeps spare room after it). */
function intersectWords(a, b, width, lengthB = b.length) {
    const stride = 2 * width;
    const countA = a.length / stride;
    const countB = lengthB / stride;
    const out = outputBuffer(a.length + lengthB);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < countA && j < countB) {
        const atA = i * stride;
        const atB = j * stride;
        if (compareWords(a, atA + width, b, atB, width) < 0) {
            i = firstEndingAtOrAfter(a, countA, i + 1, width, b, atB);
            continue;
        }
        if (compareWords(b, atB + width, a, atA, width) < 0) {
            j = firstEndingAtOrAfter(b, countB, j + 1, width, a, atA);
            continue;
        }
        const at = n * stride;
        if (compareWords(a, atA, b, atB, width) >= 0)
            copyWords(a, atA, out, at, width);
        else
            copyWords(b, atB, out, at, width);
        if (compareWords(a, atA + width, b, atB + width, width) < 0) {
            copyWords(a, atA + width, out, at + width, width);
            i++;
        }
        else {
            copyWords(b, atB + width, out, at + width, width);
            j++;
        }
        n++;
    }
    return out.slice(0, n * stride);
}
/** a minus b; `lengthA`: how many of a's words are the list. */
function subtractWords(a, b, width, lengthA = a.length) {
    const stride = 2 * width;
    const countA = lengthA / stride;
    const countB = b.length / stride;
    // Each b interval leaves at most one piece before it, each a interval one after the last cut.
    const out = outputBuffer(lengthA + b.length);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < countA) {
        j = firstEndingAtOrAfter(b, countB, j, width, a, i * stride);
        if (j === countB) {
            out.set(a.subarray(i * stride, lengthA), n * stride);
            n += countA - i;
            break;
        }
        // a intervals that end before b[j] starts are untouched: copied as they are.
        const untouched = firstEndingAtOrAfter(a, countA, i, width, b, j * stride);
        if (untouched > i) {
            out.set(a.subarray(i * stride, untouched * stride), n * stride);
            n += untouched - i;
            i = untouched;
            continue;
        }
        const atA = i * stride;
        copyWords(a, atA, cursor, 0, width);
        let open = true; // some of a[i] is left from the cursor on
        while (j < countB && compareWords(b, j * stride, a, atA + width, width) <= 0) {
            const atB = j * stride;
            if (compareWords(b, atB, cursor, 0, width) > 0) {
                copyWords(cursor, 0, out, n * stride, width);
                writePredecessor(b, atB, out, n * stride + width, width);
                n++;
            }
            // b[j] reaches past a[i]: it may cut a[i + 1] too, so j stays.
            if (compareWords(b, atB + width, a, atA + width, width) >= 0) {
                open = false;
                break;
            }
            writeSuccessor(b, atB + width, cursor, 0, width);
            j++;
        }
        if (open) {
            copyWords(cursor, 0, out, n * stride, width);
            copyWords(a, atA + width, out, n * stride + width, width);
            n++;
        }
        i++;
    }
    return out.slice(0, n * stride);
}
/**
 * a union b, merged in one pass. When `sources` is given, sources[k] is set
 * to the input interval whose first address output interval k starts at:
 * its index in a, or a's count plus its index in b. At a tie the interval
 * reaching further wins, then a's (the rule of a stable sort and merge).
 */
function unionWords(a, b, width, sources) {
    const stride = 2 * width;
    const countA = a.length / stride;
    const countB = b.length / stride;
    const out = outputBuffer(a.length + b.length);
    let n = 0;
    let i = 0;
    let j = 0;
    while (i < countA || j < countB) {
        const takeA = j >= countB || (i < countA && compareWords(a, i * stride, b, j * stride, width) <= 0);
        const from = takeA ? a : b;
        const at = takeA ? i * stride : j * stride;
        const source = takeA ? i++ : countA + j++;
        const runAt = (n - 1) * stride;
        const touchesRun = n > 0 &&
            (compareWords(from, at, out, runAt + width, width) <= 0 ||
                isSuccessor(out, runAt + width, from, at, width));
        if (!touchesRun) {
            copyWords(from, at, out, n * stride, stride);
            if (sources)
                sources[n] = source;
            n++;
            continue;
        }
        if (compareWords(from, at + width, out, runAt + width, width) > 0) {
            copyWords(from, at + width, out, runAt + width, width);
            if (sources && compareWords(from, at, out, runAt, width) === 0)
                sources[n - 1] = source;
        }
    }
    return out.slice(0, n * stride);
}
function overlapsWords(a, b, width) {
    const stride = 2 * width;
    const countA = a.length / stride;
    const countB = b.length / stride;
    let i = 0;
    let j = 0;
    while (i < countA && j < countB) {
        const atA = i * stride;
        const atB = j * stride;
        if (compareWords(a, atA + width, b, atB, width) < 0) {
            i = firstEndingAtOrAfter(a, countA, i + 1, width, b, atB);
        }
        else if (compareWords(b, atB + width, a, atA, width) < 0) {
            j = firstEndingAtOrAfter(b, countB, j + 1, width, a, atA);
        }
        else {
            return true;
        }
    }
    return false;
}
/**
 * Whether every interval of b lies inside one interval of a (lists are
 * non-adjacent). `lengthA`: how many of a's words are the list.
 */
function containsWords(a, b, width, lengthA = a.length) {
    const stride = 2 * width;
    const countA = lengthA / stride;
    const countB = b.length / stride;
    let i = 0;
    for (let j = 0; j < countB; j++) {
        const atB = j * stride;
        i = firstEndingAtOrAfter(a, countA, i, width, b, atB);
        if (i === countA)
            return false;
        const atA = i * stride;
        if (compareWords(a, atA, b, atB, width) > 0)
            return false;
        if (compareWords(a, atA + width, b, atB + width, width) < 0)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./lib/cidr/address-set.js
// An immutable set of addresses of one family, kept as sorted, disjoint,
// non-adjacent inclusive intervals. That form is canonical (equal sets have
// equal interval lists), makes intersect/subtract linear merges, and turns
// into the minimal CIDR list directly.
//
// Aggregating a million ranges (fromCidrs(...).toCidrs()) must take about a
// second. Done with BigInt endpoints, most of that time goes to the garbage
// collector (an end BigInt, an `end + 1n` and a tuple per range) and to
// BigInt comparisons. So the set keeps its endpoints as 32-bit words in one
// Uint32Array, radix-sorts and merges those, and creates BigInts only at the
// edges. Each interval also remembers where its first address came from (the
// caller's Cidr or BigInt), so output reuses those instead of allocating: at
// a million ranges, fresh memory and scattered objects cost more than arithmetic.
// Intersect, subtract and union work on the words too (interval-words.ts);
// their results have no caller's values to reuse, and decode first
// addresses from the words when asked.



const NOT_A_CIDR = 255;
function firstAddressOf(origin) {
    return typeof origin === 'bigint' ? origin : origin.network;
}
/** LOW_BITS[k] = 2^k - 1: the host part of a block of 2^k addresses. */
const LOW_BITS = Array.from({ length: 129 }, (_, k) => (1n << BigInt(k)) - 1n);
/** Set in the class's static block: unionAll merges the sets' private tables. */
let mergeSets;
/**
 * For shrinking-set.ts only, which works on the words in place: a set's
 * words (never to be written), and a set made of words it keeps (sorted,
 * disjoint, non-adjacent, and never written again).
 */
let wordsOf;
let setOfWords;
class AddressSet {
    family;
    table;
    static {
        wordsOf = (set) => set.table.words;
        setOfWords = (family, words) => AddressSet.computed(family, words);
        mergeSets = (family, sets) => new AddressSet(family, normalize(family, concatTables(family, sets.map((set) => set.table))));
    }
    // Immutable, so one of each per family serves every caller: the walk asks for these constantly.
    static EMPTY = {
        4: new AddressSet(4, computedTable(new Uint32Array(0))),
        6: new AddressSet(6, computedTable(new Uint32Array(0))),
    };
    static ALL = {
        4: new AddressSet(4, computedTable(Uint32Array.of(0, 0xffffffff))),
        6: new AddressSet(6, computedTable(Uint32Array.of(0, 0, 0, 0, ...new Array(4).fill(0xffffffff)))),
    };
    decoded;
    constructor(family, table) {
        this.family = family;
        this.table = table;
    }
    static empty(family) {
        return AddressSet.EMPTY[family];
    }
    /** The whole address space of the family: 0.0.0.0/0 or ::/0. */
    static all(family) {
        return AddressSet.ALL[family];
    }
    /**
     * Every cidr must be of `family` and canonical (no host bits), as `Cidr`
     * promises. Cidrs are immutable values: toCidrs() may return these very objects.
     */
    static fromCidrs(family, cidrs) {
        const table = cidrTable(family, cidrs);
        return table.words.length === 0
            ? AddressSet.EMPTY[family]
            : new AddressSet(family, normalize(family, table));
    }
    /** Intervals are inclusive [first, last] pairs, in any order, possibly overlapping. */
    static fromIntervals(family, intervals) {
        return new AddressSet(family, normalize(family, intervalTable(family, intervals)));
    }
    /** The result of an operation: sorted, disjoint, non-adjacent words. */
    static computed(family, words) {
        return words.length === 0
            ? AddressSet.EMPTY[family]
            : new AddressSet(family, computedTable(words));
    }
    isEmpty() {
        return this.table.words.length === 0;
    }
    isAll() {
        return this.equals(AddressSet.ALL[this.family]);
    }
    /** One merge of both interval lists. */
    // The walk combines many small and empty sets: the early returns below
    // skip the work when one side is empty or everything (issue #7 profile).
    union(other) {
        const that = this.sameFamily(other);
        if (that.isEmpty())
            return this;
        if (this.isEmpty())
            return that;
        const width = widthOf(this.family);
        const mine = this.table;
        const theirs = that.table;
        if (mine.origins === undefined && theirs.origins === undefined) {
            return AddressSet.computed(this.family, unionWords(mine.words, theirs.words, width));
        }
        const countA = mine.words.length / (2 * width);
        const sources = new Int32Array(countA + theirs.words.length / (2 * width));
        const words = unionWords(mine.words, theirs.words, width, sources);
        const count = words.length / (2 * width);
        const origins = new Array(count);
        const originPrefixes = new Uint8Array(count);
        for (let k = 0; k < count; k++) {
            const source = sources[k];
            const table = source < countA ? mine : theirs;
            const index = source < countA ? source : source - countA;
            origins[k] = table.origins?.[index];
            originPrefixes[k] = table.originPrefixes?.[index] ?? NOT_A_CIDR;
        }
        return new AddressSet(this.family, { words, origins, originPrefixes });
    }
    intersect(other) {
        const that = this.sameFamily(other);
        if (this.isEmpty() || that === AddressSet.ALL[this.family])
            return this;
        if (that.isEmpty() || this === AddressSet.ALL[this.family])
            return that;
        // Mostly a few ranges against a scope holding all of them: no new set then.
        const width = widthOf(this.family);
        const [small, large] = this.table.words.length <= that.table.words.length ? [this, that] : [that, this];
        if (containsWords(large.table.words, small.table.words, width))
            return small;
        const words = intersectWords(this.table.words, that.table.words, width);
        return AddressSet.computed(this.family, words);
    }
    subtract(other) {
        const that = this.sameFamily(other);
        if (this.isEmpty() || that.isEmpty())
            return this;
        if (that === AddressSet.ALL[this.family])
            return AddressSet.EMPTY[this.family];
        const words = subtractWords(this.table.words, that.table.words, widthOf(this.family));
        return this.reuse(words) ?? AddressSet.computed(this.family, words);
    }
    overlaps(other) {
        return overlapsWords(this.table.words, this.sameFamily(other).table.words, widthOf(this.family));
    }
    /** The word form is canonical, so equal sets have equal words. */
    equals(other) {
        const mine = this.table.words;
        const theirs = this.sameFamily(other).table.words;
        return mine.length === theirs.length && mine.every((word, i) => word === theirs[i]);
    }
    containsAddress(value) {
        const list = this.intervals();
        const candidate = list[lastStartingAtOrBefore(list, value)];
        return candidate !== undefined && value <= candidate[1];
    }
    containsSet(other) {
        return containsWords(this.table.words, this.sameFamily(other).table.words, widthOf(this.family));
    }
    /** The number of addresses in the set. */
    size() {
        let total = 0n;
        for (const [first, last] of this.intervals())
            total += last - first + 1n;
        return total;
    }
    intervals() {
        this.decoded ??= decodeIntervals(this.family, this.table);
        return this.decoded;
    }
    /** The fewest CIDR blocks that cover exactly this set, ascending. */
    toCidrs() {
        const cidrs = [];
        const stride = 2 * widthOf(this.family);
        const { words, origins, originPrefixes } = this.table;
        const count = words.length / stride;
        for (let i = 0; i < count; i++) {
            const origin = origins?.[i];
            const prefix = originPrefixes?.[i] ?? NOT_A_CIDR;
            appendBlocks(this.family, words, i * stride, origin, prefix, cidrs);
        }
        return cidrs;
    }
    /**
     * This very set when `words` are its own: an operand that an operation left
     * whole is handed back instead of a copy, so the walk's traces and regions
     * share one set per term across senders (issue #7: memory at 5000 senders).
     */
    reuse(words) {
        const mine = this.table.words;
        if (mine.length !== words.length)
            return undefined;
        for (let i = 0; i < mine.length; i++)
            if (mine[i] !== words[i])
                return undefined;
        return this;
    }
    sameFamily(other) {
        if (other.family !== this.family) {
            throw new Error(`cannot combine a set of IPv${this.family} addresses with IPv${other.family}`);
        }
        return other;
    }
}
/** The union of many sets in one radix sort and merge, rather than k pairwise merges. */
function unionAll(family, sets) {
    const list = [];
    for (const set of sets) {
        if (set.family !== family) {
            throw new Error(`cannot add a set of IPv${set.family} addresses to a union of IPv${family}`);
        }
        if (!set.isEmpty())
            list.push(set);
    }
    if (list.length === 0)
        return AddressSet.empty(family);
    if (list.length === 1)
        return list[0];
    if (list.length === 2)
        return list[0].union(list[1]);
    return mergeSets(family, list);
}
function lastOf(family) {
    return LOW_BITS[addressBits(family)];
}
/** Index of the last interval whose first address is <= value, or -1. */
function lastStartingAtOrBefore(list, value) {
    let low = 0;
    let high = list.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        if (list[middle][0] <= value)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return high;
}
// ---- word form: building and reading -----------------------------------
/** 32-bit words per address. */
function widthOf(family) {
    return family === 4 ? 1 : 4;
}
function computedTable(words) {
    return { words, origins: undefined, originPrefixes: undefined };
}
function cidrTable(family, cidrs) {
    const list = asArray(cidrs);
    const bits = addressBits(family);
    const width = widthOf(family);
    const words = new Uint32Array(list.length * 2 * width);
    const originPrefixes = new Uint8Array(list.length);
    list.forEach((cidr, i) => {
        const { prefix } = cidr;
        if (cidr.family !== family || !Number.isInteger(prefix) || prefix < 0 || prefix > bits) {
            throw new Error(`cannot add ${describeCidr(cidr)} to a set of IPv${family} addresses`);
        }
        const at = i * 2 * width;
        writeAddress(family, cidr.network, words, at);
        for (let w = 0; w < width; w++) {
            words[at + width + w] = words[at + w] | hostMaskWord(width, bits - prefix, w);
        }
        originPrefixes[i] = prefix;
    });
    return { words, origins: list, originPrefixes };
}
function intervalTable(family, intervals) {
    const list = asArray(intervals);
    const width = widthOf(family);
    const words = new Uint32Array(list.length * 2 * width);
    const origins = list.map(([first, last], i) => {
        if (first < 0n || first > last || last > lastOf(family)) {
            throw new RangeError(`[${first}, ${last}] is not an interval of IPv${family} addresses`);
        }
        writeAddress(family, first, words, i * 2 * width);
        writeAddress(family, last, words, i * 2 * width + width);
        return first;
    });
    return { words, origins, originPrefixes: new Uint8Array(origins.length).fill(NOT_A_CIDR) };
}
/** Copies only when it must: a million-element copy is memory this machine pays for. */
function asArray(items) {
    return Array.isArray(items) ? items : [...items];
}
function describeCidr(cidr) {
    try {
        return `${formatCidr(cidr)} (IPv${cidr.family})`;
    }
    catch {
        return `a malformed range (IPv${String(cidr.family)}, prefix ${String(cidr.prefix)})`;
    }
}
const address_set_scratch = new DataView(new ArrayBuffer(16));
function writeAddress(family, value, words, at) {
    if (family === 4) {
        words[at] = Number(value);
        return;
    }
    // setBigUint64 keeps the low 64 bits of its argument.
    address_set_scratch.setBigUint64(0, value >> 64n);
    address_set_scratch.setBigUint64(8, value);
    for (let w = 0; w < 4; w++)
        words[at + w] = address_set_scratch.getUint32(4 * w);
}
function readAddress(family, words, at) {
    if (family === 4)
        return BigInt(words[at]);
    for (let w = 0; w < 4; w++)
        address_set_scratch.setUint32(4 * w, words[at + w]);
    const high = address_set_scratch.getBigUint64(0);
    const low = address_set_scratch.getBigUint64(8);
    // Most published IPv6 networks are /64 or shorter: skip the OR for a zero low half.
    return low === 0n ? high << 64n : (high << 64n) | low;
}
/** Frozen, because intervals() hands out this cached list itself. */
function decodeIntervals(family, { words, origins }) {
    const width = widthOf(family);
    const list = [];
    for (let at = 0; at < words.length; at += 2 * width) {
        const origin = origins?.[at / (2 * width)];
        const first = origin === undefined ? readAddress(family, words, at) : firstAddressOf(origin);
        list.push(Object.freeze([first, readAddress(family, words, at + width)]));
    }
    return Object.freeze(list);
}
/** The tables one after another; origins are kept when any table has them. */
function concatTables(family, tables) {
    const words = new Uint32Array(tables.reduce((total, table) => total + table.words.length, 0));
    let wordsAt = 0;
    for (const table of tables) {
        words.set(table.words, wordsAt);
        wordsAt += table.words.length;
    }
    if (tables.every((table) => table.origins === undefined))
        return computedTable(words);
    const origins = [];
    const originPrefixes = new Uint8Array(words.length).fill(NOT_A_CIDR); // at least one per interval
    for (const table of tables) {
        const count = table.words.length / (2 * widthOf(family));
        if (table.originPrefixes)
            originPrefixes.set(table.originPrefixes, origins.length);
        if (table.origins)
            for (const origin of table.origins)
                origins.push(origin);
        else
            for (let i = 0; i < count; i++)
                origins.push(undefined);
    }
    return { words, origins, originPrefixes: originPrefixes.subarray(0, origins.length) };
}
/** HOST_MASK_WORDS[hostBits * 4 + w] is word w of the 128-bit 2^hostBits - 1. */
const HOST_MASK_WORDS = Uint32Array.from({ length: 129 * 4 }, (_, i) => {
    const bitsBelowWord = 32 * (3 - (i % 4));
    return 2 ** Math.min(32, Math.max(0, Math.floor(i / 4) - bitsBelowWord)) - 1;
});
/** Word w of 2^hostBits - 1 written in `width` words: the last `width` of the 128-bit form. */
function hostMaskWord(width, hostBits, w) {
    return HOST_MASK_WORDS[hostBits * 4 + 4 - width + w];
}
// ---- word form: sorting and merging ------------------------------------
/** Sorts intervals by first address and coalesces overlapping or adjacent ones. */
function normalize(family, raw) {
    const width = widthOf(family);
    const stride = 2 * width;
    const from = raw.words;
    // One interval is already in order (an ip4 term, one A record: the walk's usual set).
    if (from.length === stride)
        return { ...raw, origins: raw.origins?.slice() };
    // Sized for the worst case (nothing merges). Pages never written cost no
    // memory, so the unused tail is dropped by copying only when it is most of it.
    const words = new Uint32Array(from.length);
    const rawOrigins = raw.origins;
    const rawPrefixes = raw.originPrefixes;
    const origins = rawOrigins && new Array(rawOrigins.length);
    const originPrefixes = rawOrigins && new Uint8Array(rawOrigins.length);
    let count = 0;
    for (const i of ascendingOrder(width, from)) {
        const at = i * stride;
        const runAt = (count - 1) * stride; // the interval being built
        if (count > 0 && !startsPastGap(from, at, words, runAt + width, width)) {
            if (compareWords(from, at + width, words, runAt + width, width) > 0) {
                copyWords(from, at + width, words, runAt + width, width);
                // A wider block at the same first address is the better one to reuse.
                if (origins && originPrefixes && compareWords(from, at, words, runAt, width) === 0) {
                    origins[count - 1] = rawOrigins[i];
                    originPrefixes[count - 1] = rawPrefixes?.[i] ?? NOT_A_CIDR;
                }
            }
        }
        else {
            copyWords(from, at, words, count * stride, stride);
            if (origins && originPrefixes) {
                origins[count] = rawOrigins[i];
                originPrefixes[count] = rawPrefixes?.[i] ?? NOT_A_CIDR;
            }
            count++;
        }
    }
    if (origins)
        origins.length = count;
    const length = count * stride;
    return {
        words: 2 * length >= words.length ? words.subarray(0, length) : words.slice(0, length),
        origins,
        originPrefixes: originPrefixes?.subarray(0, count),
    };
}
/** Whether the address at firstAt lies beyond (address at lastAt) + 1: no overlap, no contact. */
function startsPastGap(raw, firstAt, built, lastAt, width) {
    return (compareWords(raw, firstAt, built, lastAt, width) > 0 &&
        !isSuccessor(built, lastAt, raw, firstAt, width));
}
/** Below this many intervals a comparison sort beats 4-16 histogram passes. */
const FEW_INTERVALS = 32;
/**
 * Interval indices in ascending order of first address: an LSD radix sort
 * on 8-bit digits, skipping digits that are equal everywhere (the zero low
 * half of /64 networks). Linear, with no comparisons and no BigInts.
 */
function ascendingOrder(width, words) {
    const count = words.length / (2 * width);
    if (count < FEW_INTERVALS)
        return insertionOrder(width, words, count);
    let order = new Uint32Array(count);
    for (let i = 0; i < count; i++)
        order[i] = i;
    let spare = new Uint32Array(count);
    const digits = new Uint8Array(count);
    const slots = new Uint32Array(257);
    for (let digit = 0; digit < 4 * width; digit++) {
        const word = width - 1 - (digit >> 2);
        const shift = 8 * (digit & 3);
        slots.fill(0);
        for (let i = 0; i < count; i++) {
            const value = (words[i * 2 * width + word] >>> shift) & 0xff;
            digits[i] = value;
            slots[value + 1] += 1;
        }
        if (slots.includes(count))
            continue; // one bucket holds everything: order unchanged
        for (let b = 1; b < 257; b++)
            slots[b] += slots[b - 1];
        for (const i of order)
            spare[slots[digits[i]]++] = i;
        [order, spare] = [spare, order];
    }
    return order;
}
/** The SPF walk's usual case: a handful of intervals. */
function insertionOrder(width, words, count) {
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
        let j = i;
        while (j > 0 &&
            compareWords(words, order[j - 1] * 2 * width, words, i * 2 * width, width) > 0) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    return order;
}
// ---- word form: CIDR decomposition -------------------------------------
const blockStart = new Uint32Array(4);
/**
 * Appends the fewest aligned power-of-two blocks covering the interval at
 * `at`: greedily, the largest block that starts where the previous one
 * ended and that its start's alignment allows without passing the end.
 */
function appendBlocks(family, words, at, origin, originPrefix, out) {
    const bits = addressBits(family);
    const width = widthOf(family);
    const lastAt = at + width;
    copyWords(words, at, blockStart, 0, width);
    let network; // unknown until needed: the origin holds the first one
    for (;;) {
        let hostBits = Math.min(bits, trailingZeroBits(blockStart, width));
        while (blockPassesEnd(blockStart, hostBits, words, lastAt, width))
            hostBits--;
        const prefix = bits - hostBits;
        if (network === undefined && prefix === originPrefix) {
            out.push(origin); // originPrefix is a prefix only when the origin is a Cidr
        }
        else {
            network ??= origin === undefined ? readAddress(family, words, at) : firstAddressOf(origin);
            out.push({ family, network, prefix });
        }
        if (!advancePastBlock(blockStart, hostBits, words, lastAt, width))
            return;
        network = readAddress(family, blockStart, 0);
    }
}
/** Alignment of an address: how many low bits are zero (32 * width for zero). */
function trailingZeroBits(address, width) {
    for (let w = width - 1; w >= 0; w--) {
        const word = address[w];
        if (word !== 0)
            return 32 * (width - 1 - w) + 31 - Math.clz32(word & -word);
    }
    return 32 * width;
}
/** Whether the block of 2^hostBits addresses at `start` ends beyond the address at lastAt. */
function blockPassesEnd(start, hostBits, words, lastAt, width) {
    for (let w = 0; w < width; w++) {
        const blockWord = (start[w] | hostMaskWord(width, hostBits, w)) >>> 0;
        const endWord = words[lastAt + w];
        if (blockWord !== endWord)
            return blockWord > endWord;
    }
    return false;
}
/** Moves `start` past its block; false when the block ended at the address at lastAt. */
function advancePastBlock(start, hostBits, words, lastAt, width) {
    let carry = 1;
    let endsHere = true;
    for (let w = width - 1; w >= 0; w--) {
        const blockWord = (start[w] | hostMaskWord(width, hostBits, w)) >>> 0;
        if (blockWord !== words[lastAt + w])
            endsHere = false;
        const sum = blockWord + carry;
        start[w] = sum >>> 0;
        carry = sum > 0xffffffff ? 1 : 0;
    }
    return !endsHere;
}

;// CONCATENATED MODULE: ./lib/cidr/dual-set.js
// A set of addresses of both families. The SPF walk evaluates IPv4 and IPv6
// in lockstep (the same terms, the same lookup counter), so its regions are
// pairs of per-family sets. A family switched off in the config is simply
// never part of the universe.

class DualSet {
    v4;
    v6;
    constructor(v4, v6) {
        this.v4 = v4;
        this.v6 = v6;
    }
    static EMPTY = new DualSet(AddressSet.empty(4), AddressSet.empty(6));
    static of(v4, v6) {
        return v4.isEmpty() && v6.isEmpty() ? DualSet.EMPTY : new DualSet(v4, v6);
    }
    /** Every address of the enabled families. */
    static universe(families) {
        return new DualSet(families.ipv4 ? AddressSet.all(4) : AddressSet.empty(4), families.ipv6 ? AddressSet.all(6) : AddressSet.empty(6));
    }
    static fromCidrs(cidrs) {
        const list = [...cidrs];
        if (list.length === 0)
            return DualSet.EMPTY;
        // One range (an ip4 or ip6 term's, the walk's commonest set) needs no split
        // by family: cold, the split cost a 50-sender walk a seventh of its time (issue #7).
        if (list.length === 1)
            return DualSet.ofFamily(AddressSet.fromCidrs(list[0].family, list));
        return new DualSet(AddressSet.fromCidrs(4, list.filter((c) => c.family === 4)), AddressSet.fromCidrs(6, list.filter((c) => c.family === 6)));
    }
    /** The part of a single family's set, as a DualSet. */
    static ofFamily(set) {
        return set.family === 4
            ? new DualSet(set, AddressSet.empty(6))
            : new DualSet(AddressSet.empty(4), set);
    }
    get(family) {
        return family === 4 ? this.v4 : this.v6;
    }
    union(other) {
        return this.pairOf(this.v4.union(other.v4), this.v6.union(other.v6), other);
    }
    intersect(other) {
        return this.pairOf(this.v4.intersect(other.v4), this.v6.intersect(other.v6), other);
    }
    subtract(other) {
        return this.pairOf(this.v4.subtract(other.v4), this.v6.subtract(other.v6), other);
    }
    isEmpty() {
        return this.v4.isEmpty() && this.v6.isEmpty();
    }
    equals(other) {
        return this.v4.equals(other.v4) && this.v6.equals(other.v6);
    }
    containsSet(other) {
        return this.v4.containsSet(other.v4) && this.v6.containsSet(other.v6);
    }
    overlaps(other) {
        return this.v4.overlaps(other.v4) || this.v6.overlaps(other.v6);
    }
    /**
     * The pair as a DualSet, reusing an operand that already is that pair: the
     * walk's operations mostly leave one side as it was (issue #7 profile).
     */
    pairOf(v4, v6, other) {
        if (v4 === this.v4 && v6 === this.v6)
            return this;
        if (v4 === other.v4 && v6 === other.v6)
            return other;
        if (v4.isEmpty() && v6.isEmpty())
            return DualSet.EMPTY;
        return new DualSet(v4, v6);
    }
    /** Minimal CIDR blocks, IPv4 first, each family ascending. */
    toCidrs() {
        return [...this.v4.toCidrs(), ...this.v6.toCidrs()];
    }
}
function unionDual(sets) {
    const list = [...sets];
    return DualSet.of(unionAll(4, list.map((s) => s.v4)), unionAll(6, list.map((s) => s.v6)));
}

;// CONCATENATED MODULE: ./lib/allowlist/build.js
// Block inputs -> Allowlist model. Pure. Each source's ranges arrive grouped
// by the record that published them; every range is written once: a later
// group that reaches ranges already listed names the block that lists them
// (DESIGN.md "Readable diffs").



/** Everything written so far, and by which block, for the write-once rule. */
class WrittenRanges {
    all = DualSet.EMPTY;
    byBlock = [];
    take(label, origin) {
        const fresh = origin.set.subtract(this.all);
        const shared = [];
        for (const block of this.byBlock) {
            if (block.label === label)
                continue;
            for (const cidr of block.set.intersect(origin.set).toCidrs())
                shared.push({ cidr, under: block.label });
        }
        shared.sort((a, b) => compareCidrs(a.cidr, b.cidr));
        this.all = this.all.union(fresh);
        const own = this.byBlock.find((b) => b.label === label);
        if (own)
            own.set = own.set.union(fresh);
        else
            this.byBlock.push({ label, set: fresh });
        return { origin: origin.text, cidrs: fresh.toCidrs(), shared };
    }
}
function buildAllowlist(configName, inputs) {
    const written = new WrittenRanges();
    const sections = new Map();
    for (const input of inputs) {
        const label = blockLabel(input);
        const groups = input.origins
            .map((origin) => written.take(label, origin))
            .filter((g) => g.cidrs.length > 0 || g.shared.length > 0);
        const list = sections.get(input.section) ?? [];
        list.push({
            kind: input.kind,
            name: input.name,
            stale: input.stale,
            notes: input.notes,
            groups,
        });
        sections.set(input.section, list);
    }
    const result = [...sections].map(([name, blocks]) => ({ name, blocks }));
    return { configName, sections: result };
}

;// CONCATENATED MODULE: ./lib/allowlist/render-json.js
// Renders the allowlist as JSON for other tools. JSON has no comments, so
// provenance travels with the data: `ranges` holds one object per line, each
// naming its range, family, section, source and origin record, so every line
// of a diff still says which domain and record it belongs to (DESIGN.md
// "Readable diffs"). `sections` keeps the structure the ranges hang from
// (stale marks, notes, ranges a group shares with an earlier block, how many
// ranges each group lists),
// which is what parse-json.ts needs to rebuild the same Allowlist.
//
// Keys are always written in the order below; a reader must not depend on
// anything else: new fields come with a new `version`. A denylist (config
// `deny:`) has the same shape under `"format": "spf-denylist"`, so a tool
// that checks the format never takes one list for the other.

const JSON_FORMAT = 'spf-allowlist';
const JSON_FORMAT_OF = {
    allow: JSON_FORMAT,
    deny: 'spf-denylist',
};
const JSON_VERSION = 1;
function jsonFamily(family) {
    return family === 4 ? 'ipv4' : 'ipv6';
}
/** The JSON format has no options, so unlike the other renderers it takes no OutputSpec. */
function renderJson(allowlist, list = 'allow') {
    const sections = allowlist.sections.map(jsonSection);
    const ranges = allowlist.sections.flatMap(sectionRanges);
    const lines = [
        '{',
        `  "format": ${JSON.stringify(JSON_FORMAT_OF[list])},`,
        `  "version": ${JSON_VERSION},`,
        `  "config": ${JSON.stringify(allowlist.configName)},`,
        `  "sections": ${indentTail(JSON.stringify(sections, null, 2), '  ')},`,
        `  "ranges": ${rangeArray(ranges)}`,
        '}',
    ];
    return `${lines.join('\n')}\n`;
}
function jsonSection(section) {
    return { name: section.name, sources: section.blocks.map(jsonSource) };
}
function jsonSource(block) {
    return {
        kind: block.kind,
        name: block.name,
        stale: block.stale ? { since: block.stale.since, reason: block.stale.reason } : null,
        notes: block.notes,
        groups: block.groups.map((group) => ({
            origin: group.origin,
            shared: group.shared.map((s) => ({ range: formatCidr(s.cidr), under: s.under })),
            rangeCount: group.cidrs.length,
        })),
    };
}
function sectionRanges(section) {
    return section.blocks.flatMap((block) => block.groups.flatMap((group) => groupRanges(section, block, group)));
}
function groupRanges(section, block, group) {
    return group.cidrs.map((cidr) => ({
        range: formatCidr(cidr),
        family: jsonFamily(cidr.family),
        section: section.name,
        source: { kind: block.kind, name: block.name },
        origin: group.origin,
    }));
}
/** One range object a line: a changed range is a one-line diff with its provenance. */
function rangeArray(ranges) {
    if (ranges.length === 0)
        return '[]';
    const items = ranges.map((range) => `    ${JSON.stringify(range)}`);
    return `[\n${items.join(',\n')}\n  ]`;
}
/** Indents every line but the first, which continues the line of its key. */
function indentTail(text, indent) {
    return text.replace(/\n/g, `\n${indent}`);
}

;// CONCATENATED MODULE: ./lib/allowlist/parse-json.js
// Reads a file written by render-json.ts back into the Allowlist model, so
// rendering the result gives the same bytes. The reader is strict: an
// unknown key, a missing key, a range in non-canonical form or out of order,
// or a range that does not belong where `sections` says is an error naming
// the place in the file, because a file that differs from what we write was
// not written by us and must not be trusted as a previous allowlist.




class AllowlistJsonError extends Error {
    at;
    problem;
    constructor(
    /** Where in the document, such as `ranges[3].family`. */
    at, problem) {
        super(`not a valid ${JSON_FORMAT} JSON file: ${at}: ${problem}`);
        this.at = at;
        this.problem = problem;
        this.name = 'AllowlistJsonError';
    }
}
const TOP_KEYS = ['format', 'version', 'config', 'sections', 'ranges'];
const SECTION_KEYS = ['name', 'sources'];
const SOURCE_KEYS = ['kind', 'name', 'stale', 'notes', 'groups'];
const STALE_KEYS = ['since', 'reason'];
const GROUP_KEYS = ['origin', 'shared', 'rangeCount'];
const SHARED_KEYS = ['range', 'under'];
const RANGE_KEYS = ['range', 'family', 'section', 'source', 'origin'];
const SOURCE_REF_KEYS = ['kind', 'name'];
const SOURCE_KINDS = ['sender', 'host', 'static'];
const FAMILIES = ['ipv4', 'ipv6'];
const STALE_SINCE = /^\d{4}-\d{2}-\d{2}$/;
/** `listKind`: which list the file must hold (its `format`: spf-allowlist or spf-denylist). */
function parseJsonAllowlist(text, listKind = 'allow') {
    const top = object(parseDocument(text), '(top level)', TOP_KEYS);
    const format = JSON_FORMAT_OF[listKind];
    if (top.format !== format) {
        throw new AllowlistJsonError('format', `expected "${format}", got ${show(top.format)}`);
    }
    if (top.version !== JSON_VERSION) {
        throw new AllowlistJsonError('version', `this reader knows version ${JSON_VERSION}, got ${show(top.version)}`);
    }
    const configName = string(top.config, 'config');
    const ranges = list(top.ranges, 'ranges').map((value, i) => rangeEntry(value, `ranges[${i}]`));
    const cursor = new RangeCursor(ranges);
    const sections = list(top.sections, 'sections').map((value, i) => section(value, `sections[${i}]`, cursor));
    cursor.expectEnd();
    return { configName, sections };
}
function parseDocument(text) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new AllowlistJsonError('(file)', `not JSON: ${reason}`);
    }
}
function section(value, at, cursor) {
    const fields = object(value, at, SECTION_KEYS);
    const name = string(fields.name, `${at}.name`);
    const sources = list(fields.sources, `${at}.sources`);
    return { name, blocks: sources.map((s, i) => block(s, `${at}.sources[${i}]`, name, cursor)) };
}
function block(value, at, sectionName, cursor) {
    const fields = object(value, at, SOURCE_KEYS);
    const kind = sourceKind(fields.kind, `${at}.kind`);
    const name = string(fields.name, `${at}.name`);
    const stale = staleMark(fields.stale, `${at}.stale`);
    const notes = strings(fields.notes, `${at}.notes`);
    const groups = list(fields.groups, `${at}.groups`).map((g, i) => {
        const shape = groupShape(g, `${at}.groups[${i}]`);
        const place = placeKey(sectionName, kind, name, shape.origin);
        return rangeGroup(shape, cursor.take(shape, place));
    });
    return { kind, name, stale, notes, groups };
}
function staleMark(value, at) {
    if (value === null)
        return undefined;
    const fields = object(value, at, STALE_KEYS);
    const since = string(fields.since, `${at}.since`);
    if (!STALE_SINCE.test(since)) {
        throw new AllowlistJsonError(`${at}.since`, `expected a day as YYYY-MM-DD, got ${show(since)}`);
    }
    return { since, reason: string(fields.reason, `${at}.reason`) };
}
function sharedRange(value, at) {
    const fields = object(value, at, SHARED_KEYS);
    return {
        cidr: canonicalCidr(fields.range, `${at}.range`),
        under: string(fields.under, `${at}.under`),
    };
}
function groupShape(value, at) {
    const fields = object(value, at, GROUP_KEYS);
    return {
        origin: string(fields.origin, `${at}.origin`),
        shared: list(fields.shared, `${at}.shared`).map((v, i) => sharedRange(v, `${at}.shared[${i}]`)),
        rangeCount: count(fields.rangeCount, `${at}.rangeCount`),
        at,
    };
}
function rangeGroup(shape, entries) {
    entries.forEach((entry, i) => {
        const previous = entries[i - 1];
        if (previous !== undefined && compareCidrs(previous.cidr, entry.cidr) >= 0) {
            throw new AllowlistJsonError(entry.at, `${formatCidr(entry.cidr)} must come after ${formatCidr(previous.cidr)}: a group lists its ranges once each, IPv4 first, in ascending order`);
        }
    });
    const cidrs = entries.map((entry) => entry.cidr);
    return { origin: shape.origin, cidrs, shared: shape.shared };
}
/** Hands out the entries of `ranges` in order, as many as each group counts. */
class RangeCursor {
    entries;
    next = 0;
    constructor(entries) {
        this.entries = entries;
    }
    take(shape, place) {
        const taken = this.entries.slice(this.next, this.next + shape.rangeCount);
        if (taken.length < shape.rangeCount) {
            throw new AllowlistJsonError(`${shape.at}.rangeCount`, `counts ${shape.rangeCount} ranges, but only ${taken.length} are left in "ranges"`);
        }
        for (const entry of taken) {
            if (entry.place !== place) {
                throw new AllowlistJsonError(entry.at, `is counted in ${shape.at} (${place}) but names ${entry.place}`);
            }
        }
        this.next += taken.length;
        return taken;
    }
    expectEnd() {
        const extra = this.entries[this.next];
        if (extra !== undefined) {
            throw new AllowlistJsonError(extra.at, 'is not counted by any group in "sections"');
        }
    }
}
function rangeEntry(value, at) {
    const fields = object(value, at, RANGE_KEYS);
    const cidr = canonicalCidr(fields.range, `${at}.range`);
    const family = oneOf(fields.family, `${at}.family`, FAMILIES);
    if (family !== jsonFamily(cidr.family)) {
        throw new AllowlistJsonError(`${at}.family`, `"${family}" does not match the range ${formatCidr(cidr)}`);
    }
    const source = object(fields.source, `${at}.source`, SOURCE_REF_KEYS);
    const place = placeKey(string(fields.section, `${at}.section`), sourceKind(source.kind, `${at}.source.kind`), string(source.name, `${at}.source.name`), string(fields.origin, `${at}.origin`));
    return { cidr, place, at };
}
function placeKey(section, kind, name, origin) {
    return `section ${JSON.stringify(section)}, ${kind} ${JSON.stringify(name)}, origin ${JSON.stringify(origin)}`;
}
/** Only the text we write: the network with no host bits, in RFC 5952 form. */
function canonicalCidr(value, at) {
    const text = string(value, at);
    let parsed;
    try {
        parsed = parseCidr(text);
    }
    catch (error) {
        if (!(error instanceof RangeSyntaxError))
            throw error;
        throw new AllowlistJsonError(at, error.message);
    }
    const canonical = formatCidr(parsed.cidr);
    if (parsed.hostBitsSet || canonical !== text) {
        throw new AllowlistJsonError(at, `"${text}" is not in canonical form; expected "${canonical}"`);
    }
    return parsed.cidr;
}
function sourceKind(value, at) {
    return oneOf(value, at, SOURCE_KINDS);
}
function oneOf(value, at, valid) {
    const found = valid.find((v) => v === value);
    if (found !== undefined)
        return found;
    const expected = valid.map((v) => `"${v}"`).join(', ');
    throw new AllowlistJsonError(at, `expected one of ${expected}, got ${show(value)}`);
}
/** An object with exactly `keys`: a missing or unknown key is an error. */
function object(value, at, keys) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new AllowlistJsonError(at, `expected an object, got ${show(value)}`);
    }
    const fields = value;
    const extra = Object.keys(fields).find((key) => !keys.includes(key));
    if (extra !== undefined) {
        throw new AllowlistJsonError(at, `unknown key "${extra}"; the keys are ${keys.join(', ')}`);
    }
    const missing = keys.find((key) => !(key in fields));
    if (missing !== undefined)
        throw new AllowlistJsonError(at, `missing key "${missing}"`);
    return fields;
}
function list(value, at) {
    if (Array.isArray(value))
        return value;
    throw new AllowlistJsonError(at, `expected an array, got ${show(value)}`);
}
function string(value, at) {
    if (typeof value === 'string')
        return value;
    throw new AllowlistJsonError(at, `expected a string, got ${show(value)}`);
}
function strings(value, at) {
    return list(value, at).map((item, i) => string(item, `${at}[${i}]`));
}
function count(value, at) {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
        return value;
    throw new AllowlistJsonError(at, `expected a whole number of 0 or more, got ${show(value)}`);
}
function show(value) {
    if (value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'an array';
    if (typeof value === 'object' && value !== null)
        return 'an object';
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./lib/allowlist/parse-postscreen.js
// Reads a postscreen allowlist (or denylist) written by render-postscreen.ts
// back into the model: the previous file is the record of what each source
// held (issue #4). Anything else (a hand edit, a foreign file, the other
// list's file) is an error naming the line, because guessing would lose or
// invent ranges.



class AllowlistFileError extends Error {
    file;
    line;
    reason;
    constructor(file, line, reason) {
        super(`${file}:${line}: ${reason}. This file does not look like one spf-allowlist wrote; if it was edited by hand, restore it from git, or move it away to start afresh`);
        this.file = file;
        this.line = line;
        this.reason = reason;
        this.name = 'AllowlistFileError';
    }
}
const SECTION = /^# == (.+) ==$/;
const BLOCK = /^# -- (sender|host|static) (.+) --$/;
const STALE = /^# stale since (\d{4}-\d{2}-\d{2}): (.*)$/;
const NOTE = /^# note: (.*)$/;
const SHARED = /^# also (\S+) \(listed under ((?:sender|host|static) .+)\)$/;
const ENTRY = /^([^\s#]\S*)\t(\S+)$/;
/** `action`: what every entry must carry, `permit` (allowlist) or `reject` (denylist). */
function parsePostscreen(text, file, action = 'permit') {
    const lines = text.split('\n');
    const first = lines[0] ?? '';
    const header = postscreenHeader(action);
    const configMatch = first.startsWith(header) ? / from (.+)\.$/.exec(first) : null;
    if (!configMatch)
        throw new AllowlistFileError(file, 1, `the first line is not "${header} from ..."`);
    if (!text.endsWith('\n'))
        throw new AllowlistFileError(file, lines.length, 'the file does not end with a newline (truncated?)');
    const sections = [];
    let block;
    let group;
    const fail = (index, reason) => {
        throw new AllowlistFileError(file, index + 1, reason);
    };
    lines.slice(0, -1).forEach((line, index) => {
        if (index < 4 || line === '')
            return;
        let m;
        if ((m = SECTION.exec(line))) {
            sections.push({ name: m[1], blocks: [] });
            block = group = undefined;
        }
        else if ((m = BLOCK.exec(line))) {
            const section = sections.at(-1) ?? fail(index, 'a block starts before any "# == section ==" line');
            block = { kind: m[1], name: m[2], stale: undefined, notes: [], groups: [] };
            section.blocks.push(block);
            group = undefined;
        }
        else if (!block) {
            fail(index, 'expected a "# == section ==" or "# -- kind name --" line');
        }
        else if ((m = STALE.exec(line)) && !group && block.notes.length === 0) {
            block.stale = { since: m[1], reason: m[2] };
        }
        else if ((m = NOTE.exec(line)) && !group) {
            block.notes.push(m[1]);
        }
        else if ((m = SHARED.exec(line))) {
            if (!group)
                fail(index, 'an "# also ..." line before the record comment it belongs to');
            group.shared.push({ cidr: cidrAt(m[1], index, fail), under: m[2] });
        }
        else if (line.startsWith('# ')) {
            group = { origin: line.slice(2), cidrs: [], shared: [] };
            block.groups.push(group);
        }
        else if ((m = ENTRY.exec(line))) {
            if (!group)
                fail(index, 'a range before the record comment it belongs to');
            if (m[2] !== action)
                fail(index, `the action is "${m[2]}", not "${action}"`);
            group.cidrs.push(cidrAt(m[1], index, fail));
        }
        else {
            fail(index, `"${line.slice(0, 60)}" is neither a comment nor "RANGE<TAB>${action}"`);
        }
    });
    return {
        configName: configMatch[1],
        sections: sections.map((s) => ({ name: s.name, blocks: s.blocks.map(freezeBlock) })),
    };
}
function cidrAt(text, index, fail) {
    try {
        const { cidr, hostBitsSet } = parseCidr(text);
        if (hostBitsSet)
            fail(index, `"${text}" has host bits set; we always write the network address`);
        return cidr;
    }
    catch (error) {
        if (error instanceof RangeSyntaxError)
            fail(index, error.message);
        throw error;
    }
}
function freezeBlock(block) {
    const groups = block.groups;
    return { ...block, groups };
}

;// CONCATENATED MODULE: ./lib/allowlist/render-plain.js
// Renders the allowlist as a plain list: one range a line, `#` comments on
// lines of their own. rspamd maps, Exim host lists, sqlgrey and postgrey
// whitelists and OpenSMTPD tables all read this shape.
//
// The first line is always `# @list`. OpenSMTPD (table(5)) decides whether a
// file table is a list or a mapping from its first entry, and a line holding
// ":" reads as "key:value", so a file starting with an IPv6 range would load
// as a mapping; the `# @list` comment before the first entry forces a list.
// Every other consumer reads it as an ordinary comment, so it costs nothing.



const OPENSMTPD_LIST_MARKER = '# @list';
const DEFAULT_PLAIN_FAMILY = 'both';
const LISTED_FAMILIES = {
    ipv4: [4],
    ipv6: [6],
    both: [4, 6],
};
const FAMILY_TEXT = {
    ipv4: 'IPv4 ranges only',
    ipv6: 'IPv6 ranges only',
    both: 'IPv4 and IPv6 ranges',
};
function renderPlain(allowlist, spec, list = 'allow') {
    const family = spec.family ?? DEFAULT_PLAIN_FAMILY;
    const head = [
        OPENSMTPD_LIST_MARKER,
        `# Plain ${LIST_NOUN[list]}, one range a line (${FAMILY_TEXT[family]}), written by spf-allowlist from ${allowlist.configName}.`,
        '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
        '# comment naming the SPF record that published it. The first line makes',
        '# OpenSMTPD read the file as a list (table(5)); other readers skip it as a comment.',
    ];
    return renderLines(allowlist, {
        head,
        rangeLine: formatCidr,
        families: LISTED_FAMILIES[family],
    });
}

;// CONCATENATED MODULE: ./lib/allowlist/render-postfix-access.js
// Renders the allowlist as a Postfix cidr table for check_client_access
// (access(5), cidr_table(5)): one `RANGE<TAB>ACTION` per line. Greylisting
// setups put it in smtpd_recipient_restrictions after
// reject_unauth_destination, so a listed client can never relay, and before
// check_policy_service, so OK skips the greylisting policy server. A
// denylist's table goes right after the allowlist's: the restriction list is
// first-match, so a range in both gets the allowlist's OK.



const DEFAULT_ACCESS_ACTION = 'OK';
/**
 * REJECT answers with access_map_reject_code (554 by default) and a generic
 * "Access denied" (access(5)): a permanent refusal, as postscreen's reject is.
 */
const DEFAULT_ACCESS_ACTION_OF = {
    allow: DEFAULT_ACCESS_ACTION,
    deny: 'REJECT',
};
function renderPostfixAccess(allowlist, spec, list = 'allow') {
    const action = spec.action ?? DEFAULT_ACCESS_ACTION_OF[list];
    const table = `cidr:/etc/postfix/${(0,external_node_path_namespaceObject.basename)(spec.path)}`;
    const head = [...HEADS[list](allowlist.configName), `#   check_client_access ${table}`];
    return renderLines(allowlist, { head, rangeLine: (cidr) => `${formatCidr(cidr)}\t${action}` });
}
const HEADS = {
    allow: (configName) => [
        `# Postfix access table (cidr) written by spf-allowlist from ${configName}.`,
        '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
        '# comment naming the SPF record that published it.',
        '# main.cf, in smtpd_recipient_restrictions, after reject_unauth_destination',
        '# (or every listed range could relay) and before check_policy_service:',
    ],
    deny: (configName) => [
        `# Postfix access table (cidr) of denied clients, written by spf-allowlist from ${configName}.`,
        '# Do not edit: the next run rewrites this file. Each group of ranges follows a',
        '# comment naming the SPF record that published it.',
        '# main.cf, in smtpd_recipient_restrictions, after permit_mynetworks and right',
        "# after the allowlist's check_client_access (first match wins):",
    ],
};

;// CONCATENATED MODULE: ./lib/check/check-cidr-table.js
// Validates a generated Postfix cidr table before anything uses it. Postfix
// fails silently on each problem found here (cidr_table(5), postconf(5)):
// an indented line is joined to the previous one, a range with host bits set
// is skipped with only a log warning, and an action postscreen does not know
// makes it ignore the rest of postscreen_access_list, deny tables included.
// mailhost/spf-allowlist-pull applies the same rules in awk on mail hosts
// without Node.js; test/mailhost checks that both flag the same lines.



/** The results postscreen_access_list accepts from a table (postconf(5)). */
const POSTSCREEN_ACTIONS = ['permit', 'reject', 'dunno'];
/**
 * The access(5) actions a postfix-access output may carry (the config's
 * `action` values): each lets the client through or only logs it.
 */
const ACCESS_ACTIONS = ['OK', 'DUNNO', 'WARN', 'INFO'];
/**
 * A denylist's access table rejects or only logs; an OK there would let a
 * denied client through, a REJECT in an allowlist would refuse every sender.
 */
const DENY_ACCESS_ACTIONS = ['REJECT', 'DUNNO', 'WARN', 'INFO'];
const TABLE_ACTIONS = {
    postscreen: POSTSCREEN_ACTIONS,
    'postfix-access': ACCESS_ACTIONS,
    'postfix-access-deny': DENY_ACCESS_ACTIONS,
};
function formatTableProblem(problem) {
    return `${problem.file}:${problem.line}: ${problem.message}`;
}
/** Checks the text of a cidr table; `file` names it in every problem. */
function checkCidrTable(text, file, kind = 'postscreen') {
    const problems = [];
    const add = (line, message) => problems.push({ file, line, message });
    if (text === '') {
        add(1, 'is empty; an allowlist lists at least one RANGE<TAB>ACTION entry');
        return { file, entries: 0, problems };
    }
    if (text.includes('\0')) {
        add(1, 'contains NUL bytes; a cidr table is plain text');
        return { file, entries: 0, problems };
    }
    const lines = text.split('\n');
    const endsWithNewline = text.endsWith('\n');
    if (endsWithNewline)
        lines.pop();
    let entries = 0;
    lines.forEach((line, index) => {
        const problem = lineProblem(line, TABLE_ACTIONS[kind]);
        if (problem === undefined) {
            if (isEntry(line))
                entries += 1;
        }
        else {
            add(index + 1, problem);
        }
    });
    if (entries === 0 && problems.length === 0) {
        add(lines.length, 'has no RANGE<TAB>ACTION entry; an allowlist lists at least one range');
    }
    if (!endsWithNewline) {
        add(lines.length, 'does not end with a newline (a truncated file?); every line ends in LF');
    }
    return { file, entries, problems };
}
function isEntry(line) {
    return line !== '' && !line.startsWith('#');
}
/** The problem with one line, or undefined when Postfix reads it as we mean it. */
function lineProblem(line, actions) {
    if (line.includes('\r'))
        return 'contains a carriage return; lines end in a bare newline (LF)';
    if (!isEntry(line))
        return undefined;
    if (line.startsWith(' ') || line.startsWith('\t')) {
        return 'starts with whitespace, so Postfix joins it to the previous line; entries and # comments start in column 1';
    }
    const fields = line.split('\t');
    const [range, action] = fields;
    if (fields.length !== 2 || range === undefined || action === undefined) {
        return 'is not RANGE<TAB>ACTION: one range, one tab, one action (e.g. "192.0.2.0/24<TAB>permit") and nothing else';
    }
    const problem = rangeProblem(range);
    if (problem !== undefined)
        return problem;
    if (!actions.includes(action)) {
        return `action "${action}" is not one this table may carry; use one of: ${actions.join(' ')}`;
    }
    return undefined;
}
/** A range is valid exactly when it is the text our renderer writes for it. */
function rangeProblem(range) {
    let parsed;
    try {
        parsed = parseCidr(range);
    }
    catch (error) {
        if (error instanceof RangeSyntaxError)
            return error.message;
        throw error;
    }
    const canonical = formatCidr(parsed.cidr);
    if (parsed.hostBitsSet) {
        return `"${range}" has host bits set, so Postfix skips it; the network is "${canonical}"`;
    }
    if (canonical !== range) {
        return `"${range}" is not in canonical form (address/length, RFC 5952 for IPv6); write "${canonical}"`;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./lib/cidr/special-purpose.js
// Ranges that are never a legitimate public mail sender: the IANA IPv4 and
// IPv6 Special-Purpose Address Registries (RFC 6890) plus multicast and the
// reserved class E space. A published SPF range that overlaps any of them is
// a publisher's mistake (or worse) and the allowlist policy refuses it.



const REGISTRY = [
    ['0.0.0.0/8', 'this network', 'RFC 791 section 3.2'],
    ['10.0.0.0/8', 'private use', 'RFC 1918'],
    ['100.64.0.0/10', 'shared address space (carrier-grade NAT)', 'RFC 6598'],
    ['127.0.0.0/8', 'loopback', 'RFC 1122 section 3.2.1.3'],
    ['169.254.0.0/16', 'link local', 'RFC 3927'],
    ['172.16.0.0/12', 'private use', 'RFC 1918'],
    ['192.0.0.0/24', 'IETF protocol assignments', 'RFC 6890 section 2.1'],
    ['192.0.2.0/24', 'documentation (TEST-NET-1)', 'RFC 5737'],
    ['192.88.99.0/24', '6to4 relay anycast (deprecated)', 'RFC 7526'],
    ['192.168.0.0/16', 'private use', 'RFC 1918'],
    ['198.18.0.0/15', 'benchmarking', 'RFC 2544'],
    ['198.51.100.0/24', 'documentation (TEST-NET-2)', 'RFC 5737'],
    ['203.0.113.0/24', 'documentation (TEST-NET-3)', 'RFC 5737'],
    ['224.0.0.0/4', 'multicast', 'RFC 5771'],
    ['240.0.0.0/4', 'reserved', 'RFC 1112 section 4'],
    ['255.255.255.255/32', 'limited broadcast', 'RFC 919 section 7'],
    ['::/128', 'unspecified address', 'RFC 4291 section 2.5.2'],
    ['::1/128', 'loopback', 'RFC 4291 section 2.5.3'],
    ['::ffff:0:0/96', 'IPv4-mapped addresses', 'RFC 4291 section 2.5.5.2'],
    ['64:ff9b::/96', 'IPv4/IPv6 translation (NAT64)', 'RFC 6052'],
    ['64:ff9b:1::/48', 'local-use IPv4/IPv6 translation (NAT64)', 'RFC 8215'],
    ['100::/64', 'discard only', 'RFC 6666'],
    ['2001::/23', 'IETF protocol assignments', 'RFC 2928'],
    ['2001:db8::/32', 'documentation', 'RFC 3849'],
    ['2002::/16', '6to4', 'RFC 3056'],
    ['3fff::/20', 'documentation', 'RFC 9637'],
    ['fc00::/7', 'unique local', 'RFC 4193'],
    ['fe80::/10', 'link-local unicast', 'RFC 4291 section 2.5.6'],
    ['ff00::/8', 'multicast', 'RFC 4291 section 2.7'],
];
/** Both families, IPv4 first, each ascending. */
const SPECIAL_PURPOSE_RANGES = REGISTRY.map(([range, name, rfc]) => ({ cidr: parseCidr(range).cidr, name, rfc })).sort((a, b) => compareCidrs(a.cidr, b.cidr));
/** Every special-purpose range that shares at least one address with `cidr`. */
function specialPurposeOverlaps(cidr) {
    return SPECIAL_PURPOSE_RANGES.filter((special) => cidrsOverlap(special.cidr, cidr));
}
/** Two CIDR blocks overlap exactly when one contains the other: they agree on the shorter prefix. */
function cidrsOverlap(a, b) {
    if (a.family !== b.family)
        return false;
    const hostBits = BigInt(addressBits(a.family) - Math.min(a.prefix, b.prefix));
    return a.network >> hostBits === b.network >> hostBits;
}

;// CONCATENATED MODULE: ./lib/policy/range-policy.js
// Which published ranges may enter the allowlist (issue #4 scope 3): none
// that overlaps special-purpose space (tested as overlap, not by the first
// address) unless allowed, and none broader than the configured prefix.


/** Why a range is refused, or undefined when it may be listed. */
function refusalReason(cidr, policy) {
    const problems = [];
    const broadest = cidr.family === 4 ? policy.broadestIpv4 : policy.broadestIpv6;
    if (cidr.prefix < broadest) {
        problems.push(`is broader than /${broadest} (policy.broadest-ipv${cidr.family})`);
    }
    const special = policy.allowSpecial ? [] : specialPurposeOverlaps(cidr);
    if (special.length > 0) {
        const names = special.map((s) => `${formatCidr(s.cidr)} ${s.name} (${s.rfc})`).join(', ');
        problems.push(`overlaps special-purpose space: ${names} (policy.allow-special)`);
    }
    return problems.length === 0 ? undefined : `${formatCidr(cidr)} ${problems.join(' and ')}`;
}

;// CONCATENATED MODULE: ./lib/decide/fresh-origins.js
// What one resolved source contributes this run, before comparing with the
// previous file: its ranges grouped by publishing record with the range
// policy applied, or the reason it has nothing trustworthy to contribute.


function freshOrigins(source, policy) {
    switch (source.kind) {
        case 'static':
            return screen([{ origin: `static: ${source.entry.note}`, set: DualSet.fromCidrs([source.entry.range]) }], policy, []);
        case 'host':
            if (source.transient)
                return { kind: 'failed', outcome: 'stale', reason: source.transient, warnings: [] };
            if (source.empty)
                return {
                    kind: 'failed',
                    outcome: 'gone',
                    reason: `${source.name} has no A or AAAA records`,
                    warnings: [],
                };
            return screen([{ origin: `${source.name}: A/AAAA records`, set: source.addresses }], policy, []);
        case 'sender':
            return senderOrigins(source, policy);
    }
}
function senderOrigins(source, policy) {
    const { evaluation } = source;
    const messagesOf = (...kinds) => evaluation.findings.filter((f) => kinds.includes(f.kind)).map((f) => f.message);
    const warnings = [
        ...new Set(evaluation.findings.filter((f) => f.severity === 'warning').map((f) => f.message)),
    ];
    if (evaluation.status === 'temperror') {
        return {
            kind: 'failed',
            outcome: 'stale',
            reason: messagesOf('dns-transient').join('; '),
            warnings,
        };
    }
    if (evaluation.status === 'none') {
        const why = evaluation.trace.problem ?? 'no SPF record';
        return { kind: 'failed', outcome: 'gone', reason: `${source.name}: ${why}`, warnings };
    }
    const unsafe = messagesOf('unsafe');
    if (unsafe.length > 0)
        return { kind: 'failed', outcome: 'unsafe', reason: unsafe.join('; '), warnings };
    if (evaluation.status === 'permerror') {
        const errors = evaluation.findings.filter((f) => f.severity === 'error').map((f) => f.message);
        return { kind: 'failed', outcome: 'error', reason: errors.join('; ') || 'permerror', warnings };
    }
    const published = evaluation.regions.pass.map((c) => ({
        origin: `${c.origin.name}: ${c.origin.record}`,
        set: c.set,
    }));
    const nothing = published.length === 0
        ? [`no address certainly passes ${source.name}'s SPF, so it adds nothing`]
        : [];
    return screen(published, policy, [...warnings, ...nothing]);
}
/** Applies the range policy per published term, then groups by record in walk order. */
function screen(published, policy, warnings) {
    const refused = [];
    const byOrigin = new Map();
    for (const { origin, set } of published) {
        const kept = set.toCidrs().filter((cidr) => {
            const reason = refusalReason(cidr, policy);
            if (reason)
                refused.push({ cidr, origin, reason });
            return reason === undefined;
        });
        byOrigin.set(origin, (byOrigin.get(origin) ?? DualSet.EMPTY).union(DualSet.fromCidrs(kept)));
    }
    const origins = [...byOrigin]
        .map(([text, set]) => ({ text, set }))
        .filter((o) => !o.set.isEmpty());
    return { kind: 'fresh', origins, refused, warnings };
}

;// CONCATENATED MODULE: ./lib/decide/outcome.js
// How each source ended a run (issue #4 scope 2), and what made it worth a
// reviewer's attention.
/** Outcomes a reviewer must look at (issue #4 scope 7, `needs-attention`). */
function needsAttention(outcome) {
    return (!['updated', 'unchanged'].includes(outcome.outcome) ||
        outcome.refused.length > 0 ||
        outcome.flags.length > 0);
}
function isFailure(outcome) {
    return outcome.outcome === 'stale' || outcome.outcome === 'error' || outcome.outcome === 'unsafe';
}

;// CONCATENATED MODULE: ./lib/review/address-counts.js
// How much a set of addresses is, in the units a reviewer can compare:
// IPv4 addresses, and IPv6 /64 networks (the unit providers assign).
/** Number of distinct /64 networks the IPv6 set touches. */
function slash64Count(set) {
    let count = 0n;
    let lastEnd = -1n;
    for (const [first, last] of set.intervals()) {
        const start = first >> 64n;
        const end = last >> 64n;
        // Intervals are sorted; two may share a /64 at their boundary.
        count += end - (start > lastEnd ? start : lastEnd + 1n) + 1n;
        lastEnd = end;
    }
    return count;
}

;// CONCATENATED MODULE: ./lib/decide/change-flags.js
// Changes big enough that a reviewer must look twice (issue #4 scope 3): a
// source that grows by more than policy.max-growth-addresses (IPv4 addresses,
// or IPv6 /64 networks) or loses more than policy.max-shrink-percent.

function changeFlags(before, after, policy) {
    const flags = [];
    const grownV4 = after.v4.subtract(before.v4).size();
    const grownV6 = slash64Count(after.v6.subtract(before.v6));
    const limit = BigInt(policy.maxGrowthAddresses);
    if (grownV4 > limit) {
        flags.push(`grew by ${grownV4} IPv4 addresses, more than policy.max-growth-addresses (${limit})`);
    }
    if (grownV6 > limit) {
        flags.push(`grew by ${grownV6} IPv6 /64 networks, more than policy.max-growth-addresses (${limit})`);
    }
    for (const [family, was, now] of [
        ['IPv4 addresses', before.v4.size(), after.v4.size()],
        ['IPv6 /64 networks', slash64Count(before.v6), slash64Count(after.v6)],
    ]) {
        if (was === 0n || now >= was)
            continue;
        const lostPercent = Number(((was - now) * 10000n) / was) / 100;
        if (lostPercent > policy.maxShrinkPercent) {
            flags.push(`shrank by ${lostPercent}% of its ${family} (${was} to ${now}), more than policy.max-shrink-percent (${policy.maxShrinkPercent}%)`);
        }
    }
    return flags;
}

;// CONCATENATED MODULE: ./lib/decide/decide-blocks.js
// The "decide" arrow of DESIGN.md: this run's resolutions + the previous
// file + the policy -> the blocks to write and each source's outcome. Pure;
// `today` is passed in. Nothing is lost silently: a source that could not be
// refreshed keeps its previous block, marked stale, until policy says to drop it.





/**
 * `proposed` is the list as an open pull request has it, not merged yet: a
 * block it already marks stale keeps that mark, so a continuing outage keeps
 * its first date instead of restarting it (and rewriting the pull request)
 * every run until the merge.
 */
function decideBlocks(sources, previous, policy, today, proposed) {
    const previousBlocks = blocksByLabel(previous);
    const proposedBlocks = blocksByLabel(proposed);
    const blocks = [];
    const outcomes = [];
    for (const source of sources) {
        const label = blockLabel(source);
        const before = withProposedMark(previousBlocks.get(label), proposedBlocks.get(label));
        const decided = decideSource(source, freshOrigins(source, policy), before, policy, today);
        outcomes.push(decided.outcome);
        if (decided.block)
            blocks.push(decided.block);
    }
    return { blocks, outcomes, failure: runFailure(outcomes, blocks, policy) };
}
function blocksByLabel(list) {
    const blocks = new Map();
    for (const section of list?.sections ?? []) {
        for (const block of section.blocks)
            blocks.set(blockLabel(block), block);
    }
    return blocks;
}
/** The merged block, with the stale mark only the pull request has; its ranges stay the merged ones. */
function withProposedMark(before, proposed) {
    if (before === undefined || before.stale !== undefined || proposed?.stale === undefined) {
        return before;
    }
    return { ...before, stale: proposed.stale };
}
function decideSource(source, fresh, before, policy, today) {
    const base = { section: source.section, kind: source.kind, name: source.name };
    if (fresh.kind === 'fresh') {
        const now = unionDual(fresh.origins.map((o) => o.set));
        const then = before ? DualSet.fromCidrs(blockAllCidrs(before)) : undefined;
        const notes = [...fresh.warnings, ...fresh.refused.map((r) => `refused ${r.reason}`)];
        return {
            outcome: {
                ...base,
                outcome: then && then.equals(now) ? 'unchanged' : 'updated',
                reason: undefined,
                refused: fresh.refused,
                flags: then ? changeFlags(then, now, policy) : [],
                warnings: fresh.warnings,
            },
            block: { ...base, stale: undefined, notes, origins: fresh.origins },
        };
    }
    const outcome = {
        ...base,
        reason: fresh.reason,
        refused: [],
        flags: [],
        warnings: fresh.warnings,
    };
    if (fresh.outcome === 'gone')
        return { outcome: { ...outcome, outcome: 'gone' }, block: undefined };
    if (!before) {
        return {
            outcome: {
                ...outcome,
                outcome: fresh.outcome,
                reason: `${fresh.reason} (no previous ranges to keep)`,
            },
            block: undefined,
        };
    }
    const since = before.stale?.since ?? today;
    if (daysBetween(since, today) > policy.keepStaleDays) {
        const reason = `stale since ${since}, more than policy.keep-stale-days (${policy.keepStaleDays}); last failure: ${fresh.reason}`;
        return { outcome: { ...outcome, outcome: 'dropped', reason }, block: undefined };
    }
    // Keep the first failure's reason so a continuing outage does not churn the file.
    const stale = before.stale ?? {
        since,
        reason: fresh.outcome === 'stale' ? fresh.reason : `${fresh.outcome}: ${fresh.reason}`,
    };
    return {
        outcome: {
            ...outcome,
            outcome: fresh.outcome,
            reason: `${fresh.reason} (previous ranges kept since ${since})`,
        },
        block: { ...base, stale, notes: before.notes, origins: previousOrigins(before) },
    };
}
/** A stale block's groups with their full sets, so shared ranges are never lost. */
function previousOrigins(block) {
    return block.groups.map((g) => ({
        text: g.origin,
        set: DualSet.fromCidrs([...g.cidrs, ...g.shared.map((s) => s.cidr)]),
    }));
}
function runFailure(outcomes, blocks, policy) {
    const failed = outcomes.filter(isFailure);
    const percent = outcomes.length === 0 ? 0 : (failed.length / outcomes.length) * 100;
    if (percent > policy.maxFailedPercent) {
        return `${failed.length} of ${outcomes.length} sources (${percent.toFixed(0)}%) could not be refreshed, more than policy.max-failed-percent (${policy.maxFailedPercent}%): ${failed.map((o) => `${o.kind} ${o.name}`).join(', ')}`;
    }
    const total = unionDual(blocks.flatMap((b) => b.origins.map((o) => o.set))).v4.size();
    if (total > BigInt(policy.maxTotalIpv4)) {
        return `the allowlist would cover ${total} IPv4 addresses, more than policy.max-total-ipv4 (${policy.maxTotalIpv4})`;
    }
    return undefined;
}
function daysBetween(from, to) {
    return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

;// CONCATENATED MODULE: ./lib/review/diff.js
// The difference between two allowlists, per source (issue #4 scope 4):
// ranges added and removed with the record that published each, and the
// addresses they amount to. Sources are matched by kind and name, so a
// source that moves between sections is a move, not a loss.




function indexBlocks(allowlist) {
    const index = new Map();
    for (const { section, block } of allowlist ? allBlocks(allowlist) : []) {
        const cidrs = block.groups.flatMap((g) => [...g.cidrs, ...g.shared.map((s) => s.cidr)]);
        index.set(blockLabel(block), { section, block, set: DualSet.fromCidrs(cidrs) });
    }
    return index;
}
function diffAllowlists(previous, next) {
    const before = indexBlocks(previous);
    const after = indexBlocks(next);
    const labels = [...after.keys(), ...[...before.keys()].filter((l) => !after.has(l))];
    const sources = [];
    for (const label of labels) {
        const was = before.get(label);
        const now = after.get(label);
        const diff = diffSource(label, was, now);
        if (diff.added.length > 0 || diff.removed.length > 0)
            sources.push(diff);
    }
    return {
        sources,
        rangesAdded: sources.reduce((n, s) => n + s.added.length, 0),
        rangesRemoved: sources.reduce((n, s) => n + s.removed.length, 0),
    };
}
function diffSource(label, was, now) {
    const oldSet = was?.set ?? DualSet.EMPTY;
    const newSet = now?.set ?? DualSet.EMPTY;
    const added = newSet.subtract(oldSet);
    const removed = oldSet.subtract(newSet);
    return {
        label,
        section: (now ?? was)?.section ?? '',
        added: withOrigins(added, now?.block),
        removed: withOrigins(removed, was?.block),
        addedIpv4: added.v4.size(),
        removedIpv4: removed.v4.size(),
        addedIpv6Slash64: slash64Count(added.v6),
        removedIpv6Slash64: slash64Count(removed.v6),
    };
}
/** Splits a changed set by the groups of the block it belongs to. */
function withOrigins(changed, block) {
    if (changed.isEmpty() || !block)
        return [];
    const result = [];
    let left = changed;
    for (const group of block.groups) {
        const groupSet = DualSet.fromCidrs([...group.cidrs, ...group.shared.map((s) => s.cidr)]);
        for (const cidr of left.intersect(groupSet).toCidrs())
            result.push({ cidr, origin: group.origin });
        left = left.subtract(groupSet);
    }
    return result.sort((a, b) => compareCidrs(a.cidr, b.cidr));
}

;// CONCATENATED MODULE: ./lib/review/overlaps.js
// Ranges both lists hold (issue #9 scope 1). postscreen_access_list and
// smtpd restriction lists are first-match, so with the allowlist's table
// before the denylist's (README "Deny entries") an address in both is
// permitted and its deny entry does nothing. Not an error (a big sender's
// SPF may well cover a range denied on purpose), but the reviewer must know.



/**
 * Each address is listed once per file, so each overlapping address is
 * reported once: under the pair of blocks that list it. Allowlist order,
 * then denylist order, ranges ascending.
 */
function findOverlaps(allow, deny) {
    const denied = allBlocks(deny).map(({ block }) => ({
        label: blockLabel(block),
        set: DualSet.fromCidrs(blockCidrs(block)),
    }));
    const anyDenied = unionDual(denied.map((d) => d.set));
    const overlaps = [];
    for (const { block } of allBlocks(allow)) {
        const allowed = DualSet.fromCidrs(blockCidrs(block));
        if (!allowed.overlaps(anyDenied))
            continue;
        for (const { label, set } of denied) {
            for (const cidr of allowed.intersect(set).toCidrs()) {
                overlaps.push({ cidr, allowed: blockLabel(block), denied: label });
            }
        }
    }
    return overlaps;
}
/** One line for logs and the run summary: the range, both sources, and which wins. */
function describeOverlap(overlap) {
    return `${formatCidr(overlap.cidr)} is allowed (${overlap.allowed}) and denied (${overlap.denied}); with the allowlist first in postscreen_access_list, the allow entry wins`;
}

;// CONCATENATED MODULE: ./lib/review/review.js
// The review of one run (issue #4 scope 5): a headline, what needs attention,
// a table of changed sources, details per source, warnings; as markdown for
// the pull request body and job summary, and as JSON for tools. With
// `deny:`, the denylist's changes follow in the same shapes, then the ranges
// both lists hold (issue #9 scope 1).


/** GitHub refuses a pull request body over 65,536 characters. */
const GITHUB_BODY_LIMIT = 65_536;
const COUNTED = ['stale', 'gone', 'error', 'unsafe', 'dropped'];
function buildReview(diff, outcomes, deny) {
    const parts = headlineParts(diff, outcomes);
    if (deny) {
        parts.push(`deny: ${headlineParts(deny.diff, deny.outcomes).join(', ')}`);
        const n = deny.overlaps.length;
        if (n > 0)
            parts.push(`${n} ${n === 1 ? 'range' : 'ranges'} in both lists`);
    }
    const attention = [...outcomes, ...(deny?.outcomes ?? [])].some(needsAttention);
    return {
        headline: parts.join('; '),
        needsAttention: attention,
        diff,
        outcomes,
        ...(deny ? { deny } : {}),
    };
}
function headlineParts(diff, outcomes) {
    const parts = [
        diff.sources.length === 0
            ? 'no range changes'
            : `+${diff.rangesAdded} / -${diff.rangesRemoved} ranges in ${diff.sources.length} ${diff.sources.length === 1 ? 'source' : 'sources'}`,
    ];
    for (const outcome of COUNTED) {
        const n = outcomes.filter((o) => o.outcome === outcome).length;
        if (n > 0)
            parts.push(`${n} ${outcome}`);
    }
    const refused = outcomes.reduce((n, o) => n + o.refused.length, 0);
    if (refused > 0)
        parts.push(`${refused} refused`);
    const flagged = outcomes.filter((o) => o.flags.length > 0).length;
    if (flagged > 0)
        parts.push(`${flagged} flagged`);
    return parts;
}
function renderReviewMarkdown(review, limit = GITHUB_BODY_LIMIT) {
    const head = [
        `### spf-allowlist: ${review.headline}`,
        '',
        ...attentionLines(review.outcomes),
        ...changeTable(review.diff, review.outcomes),
    ];
    const pieces = [
        ...review.diff.sources.map(detailsPiece),
        ...(review.deny ? denyPieces(review.deny) : []),
    ];
    const tail = warningLines(review);
    return fitUnder(limit, head, pieces, tail);
}
function detailsPiece(source) {
    return { text: sourceDetails(source), collapsible: true };
}
function denyPieces(deny) {
    const head = [
        '#### Denylist (`deny:`)',
        '',
        ...attentionLines(deny.outcomes),
        ...changeTable(deny.diff, deny.outcomes),
    ];
    const overlaps = overlapLines(deny.overlaps);
    return [
        { text: head.join('\n'), collapsible: false },
        ...deny.diff.sources.map(detailsPiece),
        ...(overlaps.length > 0 ? [{ text: overlaps.join('\n'), collapsible: false }] : []),
    ];
}
/** Overlap lines shown in the body; the JSON output lists every one. */
const OVERLAPS_SHOWN = 100;
/** postscreen_access_list is first-match; README "Deny entries" puts the allowlist first. */
function overlapLines(overlaps) {
    if (overlaps.length === 0)
        return [];
    const more = overlaps.length - OVERLAPS_SHOWN;
    return [
        `**In both lists** (${overlaps.length}): the allowlist comes first in \`postscreen_access_list\`, so these ranges are permitted and their deny entries do nothing`,
        '',
        ...overlaps
            .slice(0, OVERLAPS_SHOWN)
            .map((o) => `- \`${formatCidr(o.cidr)}\`: allowed by \`${inline(o.allowed)}\`, denied by \`${inline(o.denied)}\``),
        ...(more > 0 ? [`- … and ${more} more (the JSON output lists every one)`] : []),
        '',
    ];
}
function attentionLines(outcomes) {
    const lines = [];
    for (const o of outcomes) {
        const label = `\`${o.kind} ${o.name}\``;
        if (!['updated', 'unchanged'].includes(o.outcome))
            lines.push(`- ${label} **${o.outcome}**: ${inline(o.reason ?? '')}`);
        for (const r of o.refused)
            lines.push(`- ${label} refused \`${formatCidr(r.cidr)}\`: ${inline(r.reason)}; published by ${code(r.origin)}`);
        for (const flag of o.flags)
            lines.push(`- ${label} ${inline(flag)}`);
    }
    return lines.length === 0 ? [] : ['**Needs attention**', '', ...lines, ''];
}
function changeTable(diff, outcomes) {
    if (diff.sources.length === 0)
        return ['No range changed.', ''];
    const outcomeOf = new Map(outcomes.map((o) => [`${o.kind} ${o.name}`, o.outcome]));
    return [
        '| source | section | outcome | ranges | IPv4 addresses | IPv6 /64s |',
        '| --- | --- | --- | ---: | ---: | ---: |',
        ...diff.sources.map((s) => `| \`${s.label}\` | ${inline(s.section)} | ${outcomeOf.get(s.label) ?? 'removed'} | +${s.added.length} / -${s.removed.length} | +${s.addedIpv4} / -${s.removedIpv4} | +${s.addedIpv6Slash64} / -${s.removedIpv6Slash64} |`),
        '',
    ];
}
function sourceDetails(source) {
    const rows = [
        ...source.added.map((c) => `| + | \`${formatCidr(c.cidr)}\` | ${code(c.origin)} |`),
        ...source.removed.map((c) => `| - | \`${formatCidr(c.cidr)}\` | ${code(c.origin)} |`),
    ];
    return [
        `<details><summary><code>${escapeHtml(source.label)}</code>: +${source.added.length} / -${source.removed.length} ranges</summary>`,
        '',
        '| | range | published by |',
        '| --- | --- | --- |',
        ...rows,
        '',
        '</details>',
        '',
    ].join('\n');
}
function warningLines(review) {
    const lines = [
        ...warningItems(review.outcomes, ''),
        ...warningItems(review.deny?.outcomes ?? [], 'deny '),
    ];
    if (lines.length === 0)
        return [];
    return [
        `<details><summary>Warnings (${lines.length})</summary>`,
        '',
        ...lines,
        '',
        '</details>',
        '',
    ];
}
function warningItems(outcomes, prefix) {
    return outcomes.flatMap((o) => o.warnings.map((w) => `- \`${prefix}${o.kind} ${o.name}\`: ${inline(w)}`));
}
/**
 * Collapses the longest per-source details until the body fits, saying so:
 * the full list stays in the job summary's JSON and the committed diff.
 */
function fitUnder(limit, head, pieces, tail) {
    const note = "_Some sections were collapsed to stay under GitHub's 65,536-character limit; the JSON output and the diff have everything._";
    const join = (parts) => `${[...head, ...parts, ...tail].join('\n')}\n`;
    const details = pieces.map((p) => p.text);
    let text = join(details);
    const order = pieces
        .map((p, i) => [p.text.length, i, p.collapsible])
        .filter(([, , collapsible]) => collapsible)
        .sort((a, b) => b[0] - a[0]);
    let collapsed = false;
    for (const [, index] of order) {
        if (text.length <= limit)
            break;
        const summary = /<summary>.*<\/summary>/.exec(details[index])?.[0] ?? '<summary>changes</summary>';
        details[index] = `<details>${summary}\n\nToo long to show here.\n\n</details>\n`;
        collapsed = true;
        text = join([...details, note, '']);
    }
    if (collapsed && text.length > limit)
        text = `${text.slice(0, limit - note.length - 2)}\n${note}\n`;
    return text;
}
function inline(text) {
    return escapeHtml(text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' '));
}
function code(text) {
    return `<code>${escapeHtml(text).replace(/\|/g, '&#124;')}</code>`;
}
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * The same data for tools: stable key order, bigints as numbers when safe.
 * `deny` (the same keys, and `overlaps`) is there only when the config has `deny:`.
 */
function reviewJson(review) {
    const data = {
        headline: review.headline,
        needsAttention: review.needsAttention,
        ...listJson(review.diff, review.outcomes),
        ...(review.deny ? { deny: denyJson(review.deny) } : {}),
    };
    return `${JSON.stringify(data, null, 2)}\n`;
}
function denyJson(deny) {
    return {
        ...listJson(deny.diff, deny.outcomes),
        overlaps: deny.overlaps.map((o) => ({
            range: formatCidr(o.cidr),
            allowed: o.allowed,
            denied: o.denied,
        })),
    };
}
function listJson(diff, outcomes) {
    return {
        rangesAdded: diff.rangesAdded,
        rangesRemoved: diff.rangesRemoved,
        sources: diff.sources.map((s) => ({
            source: s.label,
            section: s.section,
            added: s.added.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
            removed: s.removed.map((c) => ({ range: formatCidr(c.cidr), origin: c.origin })),
            addedIpv4: Number(s.addedIpv4),
            removedIpv4: Number(s.removedIpv4),
            addedIpv6Slash64: s.addedIpv6Slash64.toString(),
            removedIpv6Slash64: s.removedIpv6Slash64.toString(),
        })),
        outcomes: outcomes.map((o) => ({
            source: `${o.kind} ${o.name}`,
            section: o.section,
            outcome: o.outcome,
            reason: o.reason ?? null,
            refused: o.refused.map((r) => ({
                range: formatCidr(r.cidr),
                origin: r.origin,
                reason: r.reason,
            })),
            flags: o.flags,
            warnings: o.warnings,
        })),
    };
}

;// CONCATENATED MODULE: ./lib/spf/address-lookup.js
// The address lookups behind `a` and `mx` (RFC 7208 sections 5.3 and 5.4):
// A records for IPv4, AAAA for IPv6, each widened by the term's dual cidr.


const ADDRESS_TYPE = { 4: 'A', 6: 'AAAA' };
function enabledFamilies(families) {
    return [...(families.ipv4 ? [4] : []), ...(families.ipv6 ? [6] : [])];
}
/** `a:target/cidr`: the target's own addresses. */
async function addressesOf(lookup, target, cidr) {
    const byFamily = {};
    await Promise.all(enabledFamilies(lookup.families).map(async (family) => {
        const answer = await lookup.resolve(target, ADDRESS_TYPE[family]);
        byFamily[family] = toAddresses(answer, family, cidr, '');
    }));
    return { byFamily };
}
/** `mx:target/cidr`: the addresses of every MX name of the target. */
async function mxAddressesOf(lookup, target, cidr) {
    const families = enabledFamilies(lookup.families);
    const mx = await lookup.resolve(target, 'MX');
    if (mx.kind === 'transient') {
        const message = mx.message;
        return {
            byFamily: Object.fromEntries(families.map((f) => [f, { kind: 'transient', message }])),
        };
    }
    const records = mx.kind === 'answer' ? mx.records : [];
    // Section 4.6.4 limits MX *records* (10); each distinct name is looked up once.
    const names = [...new Set(records.map((r) => r.exchange.toLowerCase()))];
    const isVoid = records.length === 0;
    const byFamily = {};
    await Promise.all(families.map(async (family) => {
        const parts = await Promise.all(names.map(async (name) => toAddresses(await lookup.resolve(name, ADDRESS_TYPE[family]), family, cidr, ` (an MX name of ${target})`)));
        byFamily[family] = mergeFound(parts, isVoid);
    }));
    return { byFamily, mxNames: records.length };
}
function mergeFound(parts, isVoid) {
    let set = DualSet.EMPTY;
    for (const part of parts) {
        if (part.kind === 'transient')
            return part;
        set = set.union(part.set);
    }
    return { kind: 'found', set, void: isVoid };
}
function toAddresses(answer, family, cidr, 
/** Added to a failure message: where the name came from. */
what) {
    if (answer.kind === 'transient') {
        return { kind: 'transient', message: `${answer.message}${what}` };
    }
    if (answer.kind === 'nxdomain' || answer.records.length === 0) {
        return { kind: 'found', set: DualSet.EMPTY, void: true };
    }
    const prefix = family === 4 ? cidr.ip4 : cidr.ip6;
    return { kind: 'found', set: addressSetOf(answer.records, family, prefix), void: false };
}
/**
 * Sets already made from an answer, by prefix length. The cached resolver
 * hands every walk the same answer object, so the senders whose `mx` reach
 * shared hosts (Google's aspmx) share one set per host (issue #7: memory).
 */
const answerSets = new WeakMap();
function addressSetOf(records, family, prefix) {
    let byPrefix = answerSets.get(records);
    if (byPrefix === undefined) {
        byPrefix = new Map();
        answerSets.set(records, byPrefix);
    }
    let set = byPrefix.get(prefix);
    if (set === undefined) {
        const cidrs = [];
        for (const text of records) {
            const address = parseAddress(text);
            // A resolver only returns its own family; skip anything else defensively.
            if (address.family === family)
                cidrs.push(makeCidr(family, address.value, prefix).cidr);
        }
        set = DualSet.fromCidrs(cidrs);
        byPrefix.set(prefix, set);
    }
    return set;
}

;// CONCATENATED MODULE: ./lib/dns/answer-pacer.js
// Hands answers back to CPU-heavy callers in time slices, with a turn of the
// event loop between slices. One answer (a shared include) can wake
// thousands of waiting walks; run back to back they block the loop for
// seconds, while answers to the queries in flight sit unread in the socket
// and time out. Between slices those answers are read.

/** Longest stretch of callers' work between two reads of the sockets. */
const ANSWER_SLICE_MS = 10;
function createPacer(sliceMs = ANSWER_SLICE_MS) {
    const queue = new Fifo();
    let scheduled = false;
    const pump = async () => {
        const started = performance.now();
        while (queue.size() > 0 && performance.now() - started < sliceMs) {
            queue.shift()?.();
            // Let the woken caller run up to its next query before timing the next one.
            await Promise.resolve();
        }
        if (queue.size() > 0)
            setImmediate(() => void pump());
        else
            scheduled = false;
    };
    return (answer) => answer.then((value) => new Promise((resolve) => {
        queue.push(() => {
            resolve(value);
        });
        if (!scheduled) {
            scheduled = true;
            setImmediate(() => void pump());
        }
    }));
}

;// CONCATENATED MODULE: ./lib/spf/findings.js
// What the walk reports besides the address sets: every record problem,
// unflattenable term and limit, named by domain, record and term.
const RFC_LIMITS = { lookups: 10, voids: 2, mxNames: 10 };
/** The warning for the term that is DNS-querying term `count` (RFC_LIMITS.lookups + 1). */
function lookupLimitFinding(at, count) {
    return {
        kind: 'lookup-limit',
        severity: 'warning',
        name: at.name,
        record: at.record,
        term: at.term,
        message: `${at.term} is DNS-querying term ${count}; receivers stop at ${RFC_LIMITS.lookups} (RFC 7208 section 4.6.4) and give permerror`,
    };
}
/** The warning for the term whose lookup is void lookup `count` (RFC_LIMITS.voids + 1). */
function voidLimitFinding(at, count) {
    return {
        kind: 'void-limit',
        severity: 'warning',
        name: at.name,
        record: at.record,
        term: at.term,
        message: `${at.term} is void lookup ${count} (no such name or no records); receivers allow ${RFC_LIMITS.voids} (RFC 7208 section 4.6.4) and give permerror`,
    };
}

;// CONCATENATED MODULE: ./lib/spf/macro.js
// SPF macro-strings (RFC 7208 section 7): parsing `%{...}` macros and
// escapes, and expanding the one macro a flattener can know, `%{d}`.
/** A macro-string that breaks the section 7.1 grammar; `reason` says what would be valid. */
class MacroSyntaxError extends Error {
    input;
    reason;
    constructor(input, reason) {
        super(`invalid macro-string "${input}": ${reason}`);
        this.input = input;
        this.reason = reason;
        this.name = 'MacroSyntaxError';
    }
}
const DOMAIN_SPEC_LETTERS = 'slodiphv';
const EXPLAIN_LETTERS = 'slodiphvcrt';
const DELIMITERS = '.-+,/_=';
/** The escapes of section 7.1: `%%` is a percent, `%_` a space, `%-` a URL-encoded space. */
const ESCAPES = { '%': '%', _: ' ', '-': '%20' };
/**
 * Parses a macro-string. In the 'domain-spec' context the whole
 * `domain-spec = macro-string domain-end` production is checked (section 12):
 * it must be non-empty and end in a macro-expand or in "." toplabel ["."].
 * The 'explain-string' context (section 6.2) also allows spaces and `c r t`.
 */
function parseMacroString(text, context) {
    const scan = scanMacroString(text, context);
    if (context === 'domain-spec')
        checkDomainEnd(text, scan.literalTailStart);
    return scan.parts;
}
/** One left-to-right pass, so hostile input (long runs of `%`) stays linear. */
function scanMacroString(text, context) {
    const parts = [];
    let literal = '';
    let literalTailStart = 0;
    let index = 0;
    while (index < text.length) {
        const char = text.charAt(index);
        if (char !== '%') {
            checkLiteralChar(text, index, context);
            literal += char;
            index += 1;
            continue;
        }
        const next = text.charAt(index + 1);
        const escaped = ESCAPES[next];
        if (escaped !== undefined) {
            literal += escaped;
            index += 2;
        }
        else if (next === '{') {
            if (literal !== '')
                parts.push({ literal });
            literal = '';
            const end = text.indexOf('}', index + 2);
            if (end < 0)
                throw new MacroSyntaxError(text, `"%{" at offset ${index} has no closing "}"`);
            parts.push({ macro: parseMacroExpand(text, text.slice(index + 2, end), context) });
            index = end + 1;
        }
        else {
            throw new MacroSyntaxError(text, `"%" at offset ${index} must be followed by "{", "%", "_" or "-"; write "%%" for a literal percent sign`);
        }
        literalTailStart = index;
    }
    if (literal !== '')
        parts.push({ literal });
    return { parts, literalTailStart };
}
/** macro-literal = %x21-24 / %x26-7E; explain-string adds SP (sections 6.2, 7.1). */
function checkLiteralChar(text, index, context) {
    const code = text.charCodeAt(index);
    const visible = code >= 0x21 && code <= 0x7e;
    if (visible || (code === 0x20 && context === 'explain-string'))
        return;
    const shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    const allowed = context === 'explain-string'
        ? 'visible ASCII characters and spaces'
        : 'visible ASCII characters';
    throw new MacroSyntaxError(text, `character ${shown} at offset ${index}: only ${allowed} are allowed`);
}
/** The inside of `%{...}`: macro-letter transformers *delimiter (section 7.1). */
function parseMacroExpand(text, inside, context) {
    const match = /^([A-Za-z])([0-9]*)([rR]?)([^]*)$/.exec(inside);
    const rawLetter = match?.[1];
    if (match === null || rawLetter === undefined) {
        throw new MacroSyntaxError(text, `"%{${inside}}" must start with a macro letter`);
    }
    const letter = rawLetter.toLowerCase();
    checkLetter(text, letter, context);
    const digitText = match[2] ?? '';
    const digits = digitText === '' ? undefined : Number(digitText);
    if (digits === 0) {
        throw new MacroSyntaxError(text, `"%{${inside}}" keeps 0 parts; the digit count must be 1 or more`);
    }
    const delimiters = match[4] ?? '';
    for (const delimiter of delimiters) {
        if (!DELIMITERS.includes(delimiter)) {
            throw new MacroSyntaxError(text, `"%{${inside}}" has "${delimiter}" where a delimiter (one of ${DELIMITERS}) or "}" must be`);
        }
    }
    return { letter, urlEscape: rawLetter !== letter, digits, reverse: match[3] !== '', delimiters };
}
function checkLetter(text, letter, context) {
    if (context === 'domain-spec' && 'crt'.includes(letter)) {
        throw new MacroSyntaxError(text, `macro letter "${letter}" is only allowed in explanation text; a domain-spec may use ${DOMAIN_SPEC_LETTERS}`);
    }
    if (!EXPLAIN_LETTERS.includes(letter)) {
        const allowed = context === 'domain-spec' ? DOMAIN_SPEC_LETTERS : EXPLAIN_LETTERS;
        throw new MacroSyntaxError(text, `unknown macro letter "${letter}"; use one of ${allowed}`);
    }
}
/** domain-end = ( "." toplabel [ "." ] ) / macro-expand (section 7.1). */
function checkDomainEnd(text, literalTailStart) {
    if (text === '')
        throw new MacroSyntaxError(text, 'a domain-spec must not be empty');
    if (literalTailStart === text.length)
        return;
    const tail = text.slice(literalTailStart);
    const withoutRoot = tail.endsWith('.') ? tail.slice(0, -1) : tail;
    const lastDot = withoutRoot.lastIndexOf('.');
    const topLabel = withoutRoot.slice(lastDot + 1);
    if (lastDot < 0 || !isTopLabel(topLabel)) {
        throw new MacroSyntaxError(text, `a domain-spec must end in a macro or in "." and a top label of letters, digits and inner hyphens that is not all digits (found "${topLabel}")`);
    }
}
/** toplabel = ( *alphanum ALPHA *alphanum ) / ( 1*alphanum "-" *( alphanum / "-" ) alphanum ) */
function isTopLabel(label) {
    if (/^[A-Za-z0-9]+$/.test(label))
        return /[A-Za-z]/.test(label);
    return label.includes('-') && /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/.test(label);
}
/** Longest domain name in dotted form, without the root dot (section 7.3). */
const MAX_DOMAIN_LENGTH = 253;
/**
 * Expands a domain-spec for flattening: only `%{d}` (the current domain) is
 * known without a message; any other letter makes the result `ok: false`.
 * A trailing root dot is dropped ("trailing dot is ignored for domains").
 */
function expandDomainSpec(spec, domain) {
    const senderLetters = macroLetters(spec).filter((letter) => letter !== 'd');
    if (senderLetters.length > 0)
        return { ok: false, letters: senderLetters };
    const value = spec
        .map((part) => ('literal' in part ? part.literal : expandMacro(part.macro, domain)))
        .join('');
    return { ok: true, value: truncateDomain(stripRootDot(value)) };
}
/** Distinct macro letters (lower-case) in order of first use. */
function macroLetters(spec) {
    const letters = new Set();
    for (const part of spec) {
        if ('macro' in part)
            letters.add(part.macro.letter);
    }
    return [...letters];
}
/** Section 7.3: split on the delimiters, reverse, keep the right-hand parts, join with ".". */
function expandMacro(macro, value) {
    const delimiters = macro.delimiters === '' ? '.' : macro.delimiters;
    let parts = splitOnAny(stripRootDot(value), delimiters);
    if (macro.reverse)
        parts = parts.reverse();
    if (macro.digits !== undefined && macro.digits < parts.length) {
        parts = parts.slice(parts.length - macro.digits);
    }
    const joined = parts.join('.');
    return macro.urlEscape ? urlEscape(joined) : joined;
}
function splitOnAny(value, delimiters) {
    const parts = [];
    let current = '';
    for (const char of value) {
        if (delimiters.includes(char)) {
            parts.push(current);
            current = '';
        }
        else {
            current += char;
        }
    }
    parts.push(current);
    return parts;
}
const UTF8 = new TextEncoder();
/** Section 7.3: upper-case macros escape every character outside RFC 3986 "unreserved". */
function urlEscape(value) {
    let escaped = '';
    for (const char of value) {
        if (/^[A-Za-z0-9\-._~]$/.test(char)) {
            escaped += char;
            continue;
        }
        for (const byte of UTF8.encode(char)) {
            escaped += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
        }
    }
    return escaped;
}
function stripRootDot(name) {
    return name.endsWith('.') ? name.slice(0, -1) : name;
}
/** Section 7.3 last paragraph: drop labels from the left until the name fits in 253 characters. */
function truncateDomain(name) {
    let truncated = name;
    while (truncated.length > MAX_DOMAIN_LENGTH) {
        const dot = truncated.indexOf('.');
        // A single label longer than a whole name cannot be shortened; DNS will reject it.
        if (dot < 0)
            break;
        truncated = truncated.slice(dot + 1);
    }
    return truncated;
}

;// CONCATENATED MODULE: ./lib/spf/record-types.js
// The parsed form of one SPF record (RFC 7208 section 12 ABNF). Produced by
// record-parser.ts, consumed by the pass-set walk.
/** A syntax error makes the whole record a permerror (RFC 7208 section 4.6). */
class SpfSyntaxError extends Error {
    record;
    term;
    position;
    reason;
    constructor(record, term, 
    /** 1-based term index, 0 when the error is in the version tag. */
    position, reason) {
        // JSON quoting keeps control characters from DNS data out of logs and annotations.
        super(`invalid SPF term ${position} ${JSON.stringify(term)}: ${reason}`);
        this.record = record;
        this.term = term;
        this.position = position;
        this.reason = reason;
        this.name = 'SpfSyntaxError';
    }
}

;// CONCATENATED MODULE: ./lib/spf/record-parser.js
// Parser for one SPF record (RFC 7208 section 12 ABNF, sections 4.6, 5, 6).
// Any syntax error anywhere makes the whole record a permerror (section 4.6),
// so the parser checks every term, even those after `all`.




/** A term-level syntax problem; parseSpfRecord adds the term and its position. */
class TermSyntaxError extends Error {
    reason;
    constructor(reason) {
        super(reason);
        this.reason = reason;
        this.name = 'TermSyntaxError';
    }
}
const QUALIFIERS = '+-~?';
/** name = ALPHA *( ALPHA / DIGIT / "-" / "_" / "." ) (section 12). */
const MODIFIER_NAME = /^[A-Za-z][A-Za-z0-9\-_.]*$/;
/** Parses the text of one SPF record (TXT strings already joined); throws SpfSyntaxError. */
function parseSpfRecord(text) {
    // record = version terms *SP; terms are separated by one or more SP only (section 4.6.1).
    const [version = '', ...rest] = text.split(' ');
    if (version.toLowerCase() !== 'v=spf1') {
        throw new SpfSyntaxError(text, version, 0, 'an SPF record must start with "v=spf1" followed by a space or the end');
    }
    const directives = [];
    const modifiers = [];
    let position = 0;
    for (const term of rest) {
        if (term === '')
            continue;
        position += 1;
        const parsed = parseTermOrThrow(text, term, position);
        if ('mechanism' in parsed)
            directives.push(parsed);
        else
            modifiers.push(parsed);
    }
    return { text, directives, ...groupModifiers(text, modifiers) };
}
function parseTermOrThrow(record, term, position) {
    try {
        checkCharacters(term);
        return parseTerm(term, position);
    }
    catch (error) {
        if (error instanceof TermSyntaxError ||
            error instanceof MacroSyntaxError ||
            error instanceof RangeSyntaxError) {
            throw new SpfSyntaxError(record, term, position, error.reason);
        }
        throw error;
    }
}
/** SPF records are 7-bit ASCII; terms hold visible characters only (sections 3.1, 12). */
function checkCharacters(term) {
    for (let index = 0; index < term.length; index += 1) {
        const code = term.charCodeAt(index);
        if (code < 0x21 || code > 0x7e) {
            const shown = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
            throw new TermSyntaxError(`character ${shown} at offset ${index} is not allowed: terms hold visible ASCII characters and are separated by spaces only`);
        }
    }
}
/** Section 4.6.1: a modifier has "=" right after its name, before any ":" or "/". */
function parseTerm(term, position) {
    const equals = term.indexOf('=');
    const name = equals < 0 ? '' : term.slice(0, equals);
    if (equals < 0 || /[:/]/.test(name))
        return parseDirective(term, position);
    if (MODIFIER_NAME.test(name))
        return parseModifier(term, name, position);
    if (QUALIFIERS.includes(term.charAt(0)) && MODIFIER_NAME.test(name.slice(1))) {
        throw new TermSyntaxError(`modifier "${name.slice(1)}" cannot take a qualifier; write it without "${term.charAt(0)}"`);
    }
    if (name === '')
        throw new TermSyntaxError('a modifier needs a name before "=", e.g. "redirect=_spf.example.com"');
    throw new TermSyntaxError(`"${name}" is not a modifier name: it must start with a letter and hold only letters, digits, "-", "_" and "."`);
}
function parseModifier(term, name, position) {
    const lowerName = name.toLowerCase();
    const valueText = term.slice(name.length + 1);
    // redirect and exp take a domain-spec; unknown modifiers any macro-string (section 6, 12).
    const known = lowerName === 'redirect' || lowerName === 'exp';
    if (known && valueText === '') {
        throw new TermSyntaxError(`"${lowerName}=" needs a domain name, e.g. "${lowerName}=_spf.example.com"`);
    }
    const value = parseMacroString(valueText, known ? 'domain-spec' : 'explain-string');
    return { name: lowerName, value, text: term, position };
}
/** Section 6: redirect and exp at most once each; unknown modifiers are kept and ignored. */
function groupModifiers(record, modifiers) {
    const single = (name) => {
        const found = modifiers.filter((modifier) => modifier.name === name);
        const second = found[1];
        if (second !== undefined) {
            throw new SpfSyntaxError(record, second.text, second.position, `"${name}=" may appear only once in a record`);
        }
        return found[0];
    };
    return {
        redirect: single('redirect'),
        exp: single('exp'),
        otherModifiers: modifiers.filter((modifier) => modifier.name !== 'redirect' && modifier.name !== 'exp'),
    };
}
function parseDirective(term, position) {
    const first = term.charAt(0);
    const qualifier = isQualifier(first) ? first : '+';
    const body = isQualifier(first) ? term.slice(1) : term;
    const nameEnd = body.search(/[:/]/);
    const name = (nameEnd < 0 ? body : body.slice(0, nameEnd)).toLowerCase();
    const argument = nameEnd < 0 ? '' : body.slice(nameEnd);
    return { qualifier, mechanism: parseMechanism(name, argument), text: term, position };
}
function isQualifier(char) {
    return char !== '' && QUALIFIERS.includes(char);
}
/** `argument` is what follows the mechanism name: "", ":..." or "/...". */
function parseMechanism(name, argument) {
    switch (name) {
        case 'all':
            if (argument !== '')
                throw new TermSyntaxError('"all" takes no domain and no prefix length');
            return { kind: 'all' };
        case 'include':
        case 'exists':
            return { kind: name, domain: requiredDomain(name, argument) };
        case 'ptr':
            return { kind: 'ptr', domain: optionalDomain(name, argument) };
        case 'a':
        case 'mx':
            return parseHostMechanism(name, argument);
        case 'ip4':
            return parseNetworkMechanism(4, argument);
        case 'ip6':
            return parseNetworkMechanism(6, argument);
        default:
            throw new TermSyntaxError(name === ''
                ? 'a term must start with a mechanism name (after an optional qualifier + - ~ ?)'
                : `unknown mechanism "${name}"; valid ones are all, include, a, mx, ptr, ip4, ip6, exists, and modifiers are written name=value`);
    }
}
/** include / exists = name ":" domain-spec (sections 5.2, 5.7). */
function requiredDomain(name, argument) {
    if (!argument.startsWith(':') || argument === ':') {
        throw new TermSyntaxError(`"${name}" needs ":" and a domain name, e.g. "${name}:_spf.example.com", and takes no prefix length`);
    }
    return parseMacroString(argument.slice(1), 'domain-spec');
}
/** ptr / a / mx = name [ ":" domain-spec ] (sections 5.3 to 5.5). */
function optionalDomain(name, argument) {
    if (argument === '')
        return undefined;
    if (argument === ':')
        throw new TermSyntaxError(`"${name}:" needs a domain name after ":", or drop the ":"`);
    if (!argument.startsWith(':')) {
        throw new TermSyntaxError(`"${name}" takes only ":" and a domain name here, not "${argument}"`);
    }
    return parseMacroString(argument.slice(1), 'domain-spec');
}
/** a / mx = name [ ":" domain-spec ] [ dual-cidr-length ] (sections 5.3, 5.4). */
function parseHostMechanism(name, argument) {
    const { rest, ip4, ip6 } = splitDualCidr(argument);
    if (rest !== '' && !rest.startsWith(':')) {
        throw new TermSyntaxError(`"${name}" takes ":domain" then "/n" (IPv4), "//n" (IPv6) or "/n//m"; "${argument}" is none of these`);
    }
    // ip4-cidr-length 0..32 and ip6-cidr-length 0..128, no leading zeros (section 12).
    const cidr = {
        ip4: ip4 === undefined ? 32 : parsePrefixLength(ip4, 4),
        ip6: ip6 === undefined ? 128 : parsePrefixLength(ip6, 6),
    };
    return { kind: name, domain: optionalDomain(name, rest), cidr };
}
/**
 * Splits `[ "/" ip4-len ] [ "//" ip6-len ]` off the end. A valid domain-spec
 * never ends in "/" and digits (its end is a top label or a macro), so taking
 * the suffix greedily is unambiguous. Scans by hand to stay linear.
 */
function splitDualCidr(argument) {
    let rest = argument;
    let ip6;
    const ip6Start = trailingDigitsStart(rest);
    if (ip6Start < rest.length && rest.slice(ip6Start - 2, ip6Start) === '//') {
        ip6 = rest.slice(ip6Start);
        rest = rest.slice(0, ip6Start - 2);
    }
    let ip4;
    const ip4Start = trailingDigitsStart(rest);
    if (ip4Start < rest.length && rest.charAt(ip4Start - 1) === '/') {
        ip4 = rest.slice(ip4Start);
        rest = rest.slice(0, ip4Start - 1);
    }
    return { rest, ip4, ip6 };
}
function trailingDigitsStart(text) {
    let start = text.length;
    while (start > 0 && /[0-9]/.test(text.charAt(start - 1)))
        start -= 1;
    return start;
}
/** ip4 = "ip4" ":" ip4-network [ ip4-cidr-length ]; likewise ip6 (section 5.6). */
function parseNetworkMechanism(family, argument) {
    const kind = family === 4 ? 'ip4' : 'ip6';
    if (!argument.startsWith(':') || argument === ':') {
        throw new TermSyntaxError(`"${kind}" needs ":" and an address, e.g. "${kind}:${family === 4 ? '192.0.2.0/24' : '2001:db8::/32'}"`);
    }
    const network = argument.slice(1);
    const slash = network.indexOf('/');
    const addressText = slash < 0 ? network : network.slice(0, slash);
    const lengthText = slash < 0 ? undefined : network.slice(slash + 1);
    if (lengthText?.startsWith('/')) {
        throw new TermSyntaxError(`"${kind}" takes a single "/n" prefix length; "//n" is only for a and mx`);
    }
    const address = family === 4 ? parseIPv4(addressText) : parseIPv6(addressText);
    const prefix = lengthText === undefined ? (family === 4 ? 32 : 128) : parsePrefixLength(lengthText, family);
    const { cidr, hostBitsSet } = makeCidr(family, address, prefix);
    return { kind, network: cidr, hostBitsSet };
}

;// CONCATENATED MODULE: ./lib/spf/record-selection.js
// Picking the SPF record among a name's TXT records (RFC 7208 section 4.5).
/** "v=spf1" (case-insensitive) then a space or the end: "v=spf10" is not SPF (section 4.5). */
const VERSION_TAG = /^v=spf1(?: |$)/i;
/**
 * Selects the one SPF record from the TXT records at a name. Each record's
 * character-strings are joined without spaces (section 3.3). Two or more SPF
 * records are returned as 'multiple', which the caller must treat as a
 * permerror (section 4.5); non-SPF TXT records are ignored whatever they hold.
 */
function selectSpfRecord(txtRecords) {
    const texts = txtRecords
        .map((strings) => strings.join(''))
        .filter((text) => VERSION_TAG.test(text));
    const [first] = texts;
    if (first === undefined)
        return { kind: 'none' };
    if (texts.length === 1)
        return { kind: 'record', text: first };
    return { kind: 'multiple', texts };
}

;// CONCATENATED MODULE: ./lib/spf/record-reading.js
// A name's SPF record read from its TXT answer (RFC 7208 sections 4.5 and
// 4.6): selected among the TXT records and parsed once per answer. The
// cached resolver hands every walk the same answer object for a name, so
// _spf.google.com is parsed once per run instead of once per sender that
// reaches it (issue #7 profile), and every walk sees the same SpfRecord,
// whose directives can then key per-term caches. Keyed weakly: the entries
// go when the run's answers do.



const readings = new WeakMap();
/** `txtRecords`: each TXT record's character-strings, as the resolver answered them. */
function readSpfRecord(txtRecords) {
    let reading = readings.get(txtRecords);
    if (reading === undefined) {
        reading = readUncached(txtRecords);
        readings.set(txtRecords, reading);
    }
    return reading;
}
function readUncached(txtRecords) {
    const selected = selectSpfRecord(txtRecords);
    if (selected.kind !== 'record')
        return selected;
    try {
        return { kind: 'record', record: parseSpfRecord(selected.text) };
    }
    catch (error) {
        if (!(error instanceof SpfSyntaxError))
            throw error;
        return { kind: 'syntax', text: selected.text, error };
    }
}

;// CONCATENATED MODULE: ./lib/spf/prefetch.js
// The walk evaluates directives one at a time (first match needs the order),
// but their DNS lookups do not depend on each other. The moment a record is
// answered, from the sender's own on, every lookup its terms will need is
// started, and include/redirect records are followed the same way, so the
// whole tree's queries are in flight at once and the walk then finds them
// answered (issue #7: sit on the critical path, not on the sum of
// latencies). The cached resolver shares each answer, so nothing is asked
// twice; the prefetcher gets answers unpaced (walk.ts), as it only sends.


class Prefetcher {
    lookup;
    budget;
    seen;
    /**
     * `budget`: at most this many lookups started (records and terms), like the walk's own cap.
     * `seen`: what was already started, shared by every walk of a run so that
     * thousands of senders do not each go through Google's and Microsoft's
     * trees again only to find every answer cached (issue #7 profile).
     */
    constructor(lookup, budget, seen = new Set()) {
        this.lookup = lookup;
        this.budget = budget;
        this.seen = seen;
    }
    record(name, record) {
        for (const directive of record.directives) {
            if (directive.mechanism.kind === 'all')
                return; // later terms never run
            this.term(name, directive.mechanism);
        }
        if (record.redirect)
            this.spfRecord(this.target(record.redirect.value, name));
    }
    term(name, mechanism) {
        switch (mechanism.kind) {
            case 'include':
                this.spfRecord(this.target(mechanism.domain, name));
                return;
            case 'a':
                this.addresses(this.target(mechanism.domain, name));
                return;
            case 'mx':
                this.exchanges(this.target(mechanism.domain, name));
                return;
            case 'exists': {
                const target = this.target(mechanism.domain, name);
                this.start(target && `exists ${target}`, () => this.lookup.resolve(target, 'A'));
                return;
            }
            default:
                return;
        }
    }
    target(spec, name) {
        if (!spec)
            return name;
        const expanded = expandDomainSpec(spec, name);
        return expanded.ok ? expanded.value.toLowerCase().replace(/\.$/, '') : undefined;
    }
    /** Runs `fetch` once per key while the budget lasts; failures are the walk's to report. */
    start(key, fetch) {
        if (key === undefined || this.seen.has(key) || this.budget <= 0)
            return;
        this.seen.add(key);
        this.budget -= 1;
        fetch().catch(() => undefined);
    }
    /** The SPF record of `target`, and once it is answered, what its terms will query. */
    spfRecord(target) {
        this.start(target && `txt ${target}`, async () => {
            const answer = await this.lookup.resolve(target, 'TXT');
            if (answer.kind !== 'answer')
                return;
            const selected = readSpfRecord(answer.records);
            if (selected.kind === 'record')
                this.record(target, selected.record);
        });
    }
    addresses(target) {
        this.start(target && `a ${target}`, () => Promise.all(this.addressQueries(target)));
    }
    exchanges(target) {
        this.start(target && `mx ${target}`, async () => {
            const answer = await this.lookup.resolve(target, 'MX');
            if (answer.kind !== 'answer')
                return;
            await Promise.all(answer.records.flatMap((mx) => this.addressQueries(mx.exchange.toLowerCase())));
        });
    }
    addressQueries(name) {
        return [
            ...(this.lookup.families.ipv4 ? [this.lookup.resolve(name, 'A')] : []),
            ...(this.lookup.families.ipv6 ? [this.lookup.resolve(name, 'AAAA')] : []),
        ];
    }
}

;// CONCATENATED MODULE: ./lib/cidr/shrinking-set.js
// The addresses of one family that an SPF record has not decided yet. The
// walk takes each term's addresses out of it in turn (first match wins), so
// it only ever shrinks, and mostly by a piece lying inside one interval.
// An immutable AddressSet per step copied the whole list and made a new
// buffer each time: at 5000 senders, the largest cost of a run (issue #7
// profile). Here the list is cut in place, and an immutable set is made
// only when someone asks for the whole (a child's scope, `all`).


class ShrinkingSet {
    width;
    /** The list is words[0, length); the rest is spare room. */
    words;
    length;
    /** False while `words` is still the start set's own (copied on the first cut). */
    owned = false;
    /** The whole as an immutable set, until the next cut. */
    snapshot;
    constructor(start) {
        this.width = start.family === 4 ? 1 : 4;
        this.words = wordsOf(start);
        this.length = this.words.length;
        this.snapshot = start;
    }
    get family() {
        return this.width === 1 ? 4 : 6;
    }
    isEmpty() {
        return this.length === 0;
    }
    toSet() {
        this.snapshot ??=
            this.length === 0
                ? AddressSet.empty(this.family)
                : setOfWords(this.family, this.words.slice(0, this.length));
        return this.snapshot;
    }
    /** `set` intersected with what is left; `set` itself when all of it is left. */
    partOf(set) {
        const theirs = wordsOf(set);
        if (theirs.length === 0)
            return set;
        if (this.length === 0)
            return AddressSet.empty(this.family);
        if (containsWords(this.words, theirs, this.width, this.length))
            return set;
        const words = intersectWords(theirs, this.words, this.width, this.length);
        return words.length === 0 ? AddressSet.empty(this.family) : setOfWords(this.family, words);
    }
    /** Takes `set` out of what is left. */
    remove(set) {
        const cut = wordsOf(set);
        if (cut.length === 0 || this.length === 0)
            return;
        this.snapshot = undefined;
        if (this.isWhole(cut)) {
            this.length = 0;
        }
        else if (containsWords(this.words, cut, this.width, this.length)) {
            this.own(cut.length);
            this.cutInside(cut);
        }
        else {
            // Rare (the walk removes only what partOf gave): the general difference.
            this.words = subtractWords(this.words, cut, this.width, this.length);
            this.length = this.words.length;
            this.owned = true;
        }
    }
    isWhole(cut) {
        return cut.length === this.length && compareWords(cut, 0, this.words, 0, this.length) === 0;
    }
    /** Makes `words` this set's own, with room for `extra` more words. */
    own(extra) {
        if (this.owned && this.length + extra <= this.words.length)
            return;
        const words = new Uint32Array(Math.max(2 * this.length, this.length + extra, 16));
        words.set(this.words.subarray(0, this.length));
        this.words = words;
        this.owned = true;
    }
    /** Each interval of `cut` lies inside one interval of the list, and there is room for the splits. */
    cutInside(cut) {
        const { width } = this;
        const stride = 2 * width;
        let i = 0;
        for (let at = 0; at < cut.length; at += stride) {
            i = firstEndingAtOrAfter(this.words, this.length / stride, i, width, cut, at);
            const mine = i * stride;
            const keepsLeft = compareWords(this.words, mine, cut, at, width) < 0;
            const keepsRight = compareWords(cut, at + width, this.words, mine + width, width) < 0;
            if (keepsLeft && keepsRight) {
                // Split: [first, cutFirst - 1] and [cutLast + 1, last].
                const next = mine + stride;
                this.words.copyWithin(next + stride, next, this.length);
                this.length += stride;
                copyWords(this.words, mine + width, this.words, next + width, width);
                writeSuccessor(cut, at + width, this.words, next, width);
                writePredecessor(cut, at, this.words, mine + width, width);
                i++;
            }
            else if (keepsLeft) {
                writePredecessor(cut, at, this.words, mine + width, width);
            }
            else if (keepsRight) {
                writeSuccessor(cut, at + width, this.words, mine, width);
            }
            else {
                this.words.copyWithin(mine, mine + stride, this.length);
                this.length -= stride;
            }
        }
    }
}

;// CONCATENATED MODULE: ./lib/spf/partition.js
// The pass-set model (DESIGN.md "SPF semantics"): check_host is first-match,
// so a record splits the address space into regions by the result the first
// matching directive gives. This class holds that split while the walk moves
// through a record's directives.


class Partition {
    /** Cut in place term after term; `undecided` makes an immutable copy when asked. */
    undecidedV4;
    undecidedV6;
    undecidedCopy;
    /** Undecided addresses an unflattenable term may already have decided. */
    uncertain = DualSet.EMPTY;
    uncertainResults = new Set();
    pass = [];
    other = new Map();
    unknown = DualSet.EMPTY;
    constructor(scope) {
        this.undecidedV4 = new ShrinkingSet(scope.v4);
        this.undecidedV6 = new ShrinkingSet(scope.v6);
        this.undecidedCopy = scope;
    }
    get undecided() {
        this.undecidedCopy ??= DualSet.of(this.undecidedV4.toSet(), this.undecidedV6.toSet());
        return this.undecidedCopy;
    }
    isDone() {
        return this.undecidedV4.isEmpty() && this.undecidedV6.isEmpty();
    }
    /** Whether no address of `family` is left undecided. */
    isFamilyDone(family) {
        return (family === 4 ? this.undecidedV4 : this.undecidedV6).isEmpty();
    }
    /**
     * The first directive to match `matched` gives `result` to the part still
     * undecided. Returns the addresses that certainly got `result` here.
     */
    assign(result, matched, origin) {
        const hit = this.undecidedPart(matched);
        if (hit.isEmpty())
            return hit;
        this.removeUndecided(hit);
        const certainOutright = this.uncertainResultsAre(result);
        const doubtful = certainOutright ? DualSet.EMPTY : hit.intersect(this.uncertain);
        const certain = hit.subtract(doubtful);
        this.uncertain = this.uncertain.subtract(hit);
        this.unknown = this.unknown.union(doubtful);
        if (!certain.isEmpty())
            this.record(result, certain, origin);
        return certain;
    }
    /**
     * assign() for each of `contributions` in turn, all at once: `union` is
     * theirs, and they are disjoint (an evaluation's pass regions). Done only
     * when every address of the union is still undecided and none of it in
     * doubt, so that each would be given whole; false, with nothing changed,
     * otherwise. One containment test instead of one per contribution: an
     * include of Google's or Microsoft's dozens of ranges is the walk's
     * commonest step (issue #7).
     */
    assignAll(result, contributions, union) {
        if (this.undecidedPart(union) !== union)
            return false;
        if (!this.uncertainResultsAre(result) && union.overlaps(this.uncertain))
            return false;
        if (union.isEmpty())
            return true;
        this.removeUndecided(union);
        this.uncertain = this.uncertain.subtract(union);
        if (result === 'pass')
            this.pass.push(...contributions);
        else
            this.record(result, union, undefined);
        return true;
    }
    /**
     * A term we cannot evaluate may give any of `possible` to any undecided
     * address in `affected`, or let it through to the next term.
     */
    markUncertain(affected, possible) {
        const part = this.undecidedPart(affected);
        if (part.isEmpty())
            return;
        this.uncertain = this.uncertain.union(part);
        for (const result of possible)
            this.uncertainResults.add(result);
    }
    /** Addresses another evaluation already found unknown. */
    assignUnknown(affected) {
        const part = this.undecidedPart(affected);
        this.removeUndecided(part);
        this.uncertain = this.uncertain.subtract(part);
        this.unknown = this.unknown.union(part);
    }
    /** Whether some addresses' results depend on the sender's identity (see markUncertain). */
    hadUncertainty() {
        return this.uncertainResults.size > 0 || !this.unknown.isEmpty();
    }
    regions() {
        return { pass: this.pass, other: this.other, unknown: this.unknown };
    }
    /** `set` intersected with the undecided addresses; `set` itself when all of it is undecided. */
    undecidedPart(set) {
        const v4 = this.undecidedV4.partOf(set.v4);
        const v6 = this.undecidedV6.partOf(set.v6);
        return v4 === set.v4 && v6 === set.v6 ? set : DualSet.of(v4, v6);
    }
    removeUndecided(set) {
        if (set.isEmpty())
            return;
        this.undecidedV4.remove(set.v4);
        this.undecidedV6.remove(set.v6);
        this.undecidedCopy = undefined;
    }
    uncertainResultsAre(result) {
        if (this.uncertainResults.size === 0)
            return true; // mostly: no iterator to make
        for (const r of this.uncertainResults)
            if (r !== result)
                return false;
        return true;
    }
    record(result, set, origin) {
        if (result === 'pass') {
            if (!origin)
                throw new Error('a pass region needs its origin');
            this.pass.push({ origin, set });
            return;
        }
        this.other.set(result, (this.other.get(result) ?? DualSet.EMPTY).union(set));
    }
}
/**
 * Unions already made, by contribution list, with how many contributions
 * they cover (a partition's list grows until its walk is done): a shared
 * include's list reaches thousands of senders (shared-includes.ts).
 */
const passSets = new WeakMap();
function passSet(regions) {
    return unionOfContributions(regions.pass);
}
function unionOfContributions(pass) {
    const known = passSets.get(pass);
    if (known?.count === pass.length)
        return known.set;
    const set = unionDual(pass.map((c) => c.set));
    rememberPassSet(pass, set);
    return set;
}
/** For a list whose union is known without merging it (shared-includes.ts). */
function rememberPassSet(pass, set) {
    passSets.set(pass, { count: pass.length, set });
}
/** The check_host result an address gets, or 'unknown'. */
function resultFor(regions, contains) {
    if (regions.pass.some((c) => contains(c.set)))
        return 'pass';
    for (const [result, set] of regions.other)
        if (contains(set))
            return result;
    if (contains(regions.unknown))
        return 'unknown';
    return undefined;
}

;// CONCATENATED MODULE: ./lib/spf/queryable-name.js
// A target name built from a domain-spec (often by macro expansion) may be
// valid SPF syntax yet impossible to put in a DNS query: an empty label, a
// label over 63 octets, or over 253 in all. RFC 7208 leaves the result open
// (section 4.8; the OpenSPF suite's invalid-domain-* cases accept fail or
// permerror); by analogy with section 4.3 we treat such a name as
// non-existent, so the term does not match, instead of a temporary error.
function isQueryableName(name) {
    const bare = name.endsWith('.') ? name.slice(0, -1) : name;
    if (bare.length === 0 || bare.length > 253)
        return false;
    return bare.split('.').every((label) => label.length >= 1 && label.length <= 63);
}
function withUnqueryableAsNxdomain(resolve) {
    return (name, type) => isQueryableName(name) ? resolve(name, type) : Promise.resolve({ kind: 'nxdomain' });
}

;// CONCATENATED MODULE: ./lib/spf/shared-includes.js
// Shared includes (issue #7): thousands of senders include the same few
// records (spf.protection.outlook.com, _spf.google.com), and walking each
// one again under every sender's scope was most of a run's CPU and memory.
// Here a target is walked once per run over the whole address space, by a
// walk of its own (fresh counters, its own loop path), and each sender gets
// that outcome cut down to its scope instead of walking it.
//
// Cutting down is exact only when the sender's walk would have gone the
// same way, address by address (RFC 7208 sections 4.6 and 5: the first
// matching term decides, each address on its own). What can differ, and is
// checked before reuse, falling back to a real walk:
// - a term the shared walk ran because undecided addresses were left, where
//   none of the sender's scope is left (the sender's walk stops there, so
//   it counts fewer lookups and reports fewer findings);
// - the section 4.6.4 counters: the sender's own count plus the shared
//   walk's may reach a limit that the shared walk never did. Past the
//   limits a receiver gives permerror, so when limits are enforced that
//   changes the regions; otherwise it only adds the one warning, which is
//   put where the sender's walk would have reported it;
// - loops: the sender's include path may already hold a name the shared
//   walk reaches;
// - terms that need the sender's identity (ptr, %{i}): they leave results
//   uncertain, and what an uncertain address gets depends on the scope.
// With none of these, each region of the sender's walk is the shared region
// intersected with the scope; each term's `passed` too, and its `matched`
// where that was cut from the undecided addresses (all, exists, include,
// redirect); lookups, voids, MX counts and findings are the same.



class WalkNotes {
    wentOnWith = [];
    targets = new Set();
    fromScope = new Set();
    counts = [];
    hadUncertainty = false;
    wentOn(undecided) {
        this.wentOnWith.push(undecided);
    }
    reached(target) {
        this.targets.add(target);
    }
    matchedFromScope(term) {
        // Read only to cut a term's traced addresses (restrictAddresses).
        if (term.addresses !== undefined)
            this.fromScope.add(term);
    }
    uncertain() {
        this.hadUncertainty = true;
    }
    counted(event) {
        this.counts.push(event);
    }
}
/** One walk per target per run; every asker awaits the same one. */
class SharedIncludes {
    walkShared;
    pace;
    walks = new Map();
    askedOnce = new Set();
    reused = 0;
    walkedAgain = 0;
    constructor(walkShared, 
    /** Hands the finished walk to its waiters a few at a time (see createPacer). */
    pace = (ready) => ready) {
        this.walkShared = walkShared;
        this.pace = pace;
    }
    /**
     * The shared walk of `target`, or undefined the first time it is asked
     * for: then the asker walks it itself. Most targets are asked for once
     * (a sender's own redirect or sub-record), and a shared walk costs more
     * than a walk, so one is started only when a second asker shows that the
     * target is shared.
     */
    walkOf(target) {
        let walk = this.walks.get(target);
        if (walk === undefined) {
            if (!this.askedOnce.has(target)) {
                this.askedOnce.add(target);
                return undefined;
            }
            walk = this.walkShared(target);
            this.walks.set(target, walk);
        }
        return this.pace(walk);
    }
    /** The shared outcome cut down to `scope`, or undefined when the caller must walk it itself. */
    reuse(shared, scope, caller) {
        if (!isReusable(shared, scope, caller)) {
            this.walkedAgain += 1;
            return undefined;
        }
        this.reused += 1;
        const { regions, hasRecord } = shared.outcome;
        return {
            outcome: { regions: restrictRegions(regions, scope), hasRecord },
            findings: withLimitWarnings(shared, caller),
        };
    }
    /** For the benchmark and tests: targets walked, outcomes reused, and walks done again. */
    stats() {
        return { walked: this.walks.size, reused: this.reused, walkedAgain: this.walkedAgain };
    }
}
function isReusable(shared, scope, caller) {
    const { notes } = shared;
    if (notes.hadUncertainty)
        return false;
    if (shared.findings.some((finding) => finding.kind === 'loop'))
        return false;
    // Section 4.6.4. The shared walk's own findings must not depend on its
    // counts; past a limit, only a warning may differ, and only when not enforced.
    const { enforceLimits, maxLookups } = caller.options;
    if (shared.lookups > RFC_LIMITS.lookups)
        return false;
    const lookups = caller.lookups + shared.lookups;
    if (lookups > maxLookups || (enforceLimits && lookups > RFC_LIMITS.lookups))
        return false;
    for (const family of [4, 6]) {
        if (shared.voids[family] > RFC_LIMITS.voids)
            return false;
        const voids = caller.voids[family] + shared.voids[family];
        if (enforceLimits && voids > RFC_LIMITS.voids)
            return false;
    }
    // A name on the caller's path reached again is a loop for the caller. The
    // shared walk, going on down the same path, then reports a loop of its own
    // (checked above) in every case found so far; this stays as a cheap guard.
    if (caller.path.some((name) => notes.targets.has(name)))
        return false;
    return notes.wentOnWith.every((undecided) => undecided.overlaps(scope));
}
/**
 * The shared walk's findings with the warnings that the caller's counts,
 * carried on through the shared walk's, reach inside it: each where the
 * caller's walk would have reported it (walk.ts countLookup, countVoid).
 */
function withLimitWarnings(shared, caller) {
    let lookups = caller.lookups;
    const voids = { ...caller.voids };
    const warnings = [];
    for (const event of shared.notes.counts) {
        const at = event.findingsBefore;
        if (event.family === undefined) {
            lookups += 1;
            if (lookups === RFC_LIMITS.lookups + 1) {
                warnings.push({ at, finding: lookupLimitFinding(event, lookups) });
            }
            continue;
        }
        voids[event.family] += 1;
        const other = voids[event.family === 4 ? 6 : 4];
        if (voids[event.family] === RFC_LIMITS.voids + 1 && other <= RFC_LIMITS.voids) {
            warnings.push({ at, finding: voidLimitFinding(event, voids[event.family]) });
        }
    }
    if (warnings.length === 0)
        return shared.findings;
    const findings = [];
    let next = 0;
    shared.findings.forEach((finding, i) => {
        while (warnings[next] !== undefined && warnings[next].at <= i)
            findings.push(warnings[next++].finding);
        findings.push(finding);
    });
    for (; next < warnings.length; next++)
        findings.push(warnings[next].finding);
    return findings;
}
function restrictRegions(regions, scope) {
    const pass = restrictPass(regions.pass, scope);
    const other = new Map();
    let sameOther = true;
    for (const [result, set] of regions.other) {
        const part = set.intersect(scope);
        if (part !== set)
            sameOther = false;
        if (!part.isEmpty())
            other.set(result, part);
    }
    if (pass === regions.pass && sameOther)
        return regions;
    // The reuse conditions leave nothing unknown (regions.unknown is empty).
    return { pass, other: sameOther ? regions.other : other, unknown: DualSet.EMPTY };
}
/** The list itself when the scope holds all of it, so that its union is made once (passSet). */
function restrictPass(pass, scope) {
    // One test of the union (made once per list) instead of one per contribution.
    if (scope.containsSet(unionOfContributions(pass)))
        return pass;
    const restricted = [];
    for (const contribution of pass) {
        const set = contribution.set.intersect(scope);
        if (set === contribution.set)
            restricted.push(contribution);
        else if (!set.isEmpty())
            restricted.push({ origin: contribution.origin, set });
    }
    if (restricted.every((contribution, i) => contribution === pass[i]) &&
        restricted.length === pass.length) {
        return pass;
    }
    // The union of the parts is the part of the union: one intersection, no merge.
    rememberPassSet(restricted, unionOfContributions(pass).intersect(scope));
    return restricted;
}
/** The shared walk's trace as the caller's walk would have written it under `scope`. */
function restrictTrace(trace, scope, fromScope) {
    const terms = trace.terms.map((term) => restrictTerm(term, scope, fromScope));
    return terms.every((term, i) => term === trace.terms[i]) ? trace : { ...trace, terms };
}
function restrictTerm(term, scope, fromScope) {
    const addresses = term.addresses && restrictAddresses(term.addresses, scope, fromScope.has(term));
    const child = term.child && restrictTrace(term.child, scope, fromScope);
    if (addresses === term.addresses && child === term.child)
        return term;
    return { ...term, addresses, child };
}
function restrictAddresses(addresses, scope, matchedFromScope) {
    const matched = matchedFromScope ? addresses.matched.intersect(scope) : addresses.matched;
    const passed = addresses.passed.intersect(scope);
    return matched === addresses.matched && passed === addresses.passed
        ? addresses
        : { matched, passed };
}

;// CONCATENATED MODULE: ./lib/spf/trace.js
// The walk's record of what it did, for `explain` and for review text: each
// record, each term, and what each term contributed to the pass set.
function newRecordTrace(name, via) {
    return { name, via, record: undefined, problem: undefined, terms: [] };
}

;// CONCATENATED MODULE: ./lib/spf/walk.js
// The SPF walk: computes, for one sender domain, the region of the address
// space each check_host result covers (RFC 7208 sections 4 and 5), without
// knowing the connecting address. Records and terms are visited in order;
// each directive decides only what no earlier directive decided. Walks of
// one run (createSpfEvaluator) share what does not depend on the sender:
// parsed records, term sets, prefetching, and include targets walked once
// (shared-includes.ts says when that gives the very same result).











const QUALIFIER_RESULT = {
    '+': 'pass',
    '-': 'fail',
    '~': 'softfail',
    '?': 'neutral',
};
const walk_FAMILIES = [4, 6];
const NO_RECORDS = [];
/**
 * One set per ip4/ip6 network: record-reading.ts hands every walk the same
 * parsed record, so the senders that reach a shared include share its
 * terms' sets (in traces and regions) instead of holding a copy each.
 */
const networkSets = new WeakMap();
function networkSet(network) {
    let set = networkSets.get(network);
    if (set === undefined) {
        set = DualSet.fromCidrs([network]);
        networkSets.set(network, set);
    }
    return set;
}
async function evaluateSpf(domain, resolve, options) {
    return evaluateWith(new Walk(resolve, options, { pace: unpaced }), domain, options);
}
/** One walk alone has no others to starve. */
const unpaced = (answer) => answer;
/**
 * Evaluates many sender domains over one resolver, with the same results as
 * evaluateSpf for each, walking each include or redirect target once for
 * all of them (shared-includes.ts).
 */
function createSpfEvaluator(resolve, options) {
    const prefetched = new Set();
    // Hundreds of senders may wait on one answer or one shared walk: wake them a slice at a time.
    const pace = createPacer();
    const shared = new SharedIncludes((target) => walkShared(resolve, options, target, { prefetched, pace }), pace);
    return {
        evaluate: (domain) => evaluateWith(new Walk(resolve, options, { shared, prefetched, pace }), domain, options),
        sharing: () => shared.stats(),
    };
}
async function walkShared(resolve, options, target, context) {
    const notes = new WalkNotes();
    const walk = new Walk(resolve, options, { ...context, recorder: notes });
    const trace = newRecordTrace(target, 'shared');
    const outcome = await walk.evaluateName(target, DualSet.universe(options.families), trace);
    return { outcome, trace, findings: walk.findings, ...walk.counters(), notes };
}
async function evaluateWith(walk, domain, options) {
    const trace = newRecordTrace(domain, 'sender');
    const outcome = await walk.evaluateName(domain, DualSet.universe(options.families), trace);
    return {
        domain,
        status: domainStatus(outcome),
        regions: outcome.regions,
        limits: walk.limits(),
        findings: walk.findings,
        trace,
    };
}
/**
 * One origin per directive: the parsed record is shared (record-reading.ts),
 * so every sender's pass regions from that term point at the same object.
 */
const origins = new WeakMap();
function originOf(name, record, directive) {
    const known = origins.get(directive);
    if (known?.name === name && known.record === record.text)
        return known;
    const origin = { name, record: record.text, term: directive.text };
    origins.set(directive, origin);
    return origin;
}
function domainStatus(outcome) {
    if (!outcome.hasRecord)
        return 'none';
    const other = outcome.regions.other;
    if (!(other.get('temperror')?.isEmpty() ?? true))
        return 'temperror';
    if (!(other.get('permerror')?.isEmpty() ?? true))
        return 'permerror';
    return 'ok';
}
class Walk {
    options;
    findings = [];
    lookups = 0;
    voids = { 4: 0, 6: 0 };
    mxNames = 0;
    /** Names on the current include/redirect path, for loop detection. */
    path = [];
    lookup;
    prefetcher;
    shared;
    recorder;
    constructor(resolve, options, context) {
        this.options = options;
        const families = options.families;
        const paced = (name, type) => context.pace(resolve(name, type));
        this.lookup = { resolve: withUnqueryableAsNxdomain(paced), families };
        this.prefetcher = new Prefetcher({ resolve: withUnqueryableAsNxdomain(resolve), families }, options.maxLookups, context.prefetched);
        this.shared = context.shared;
        this.recorder = context.recorder;
    }
    limits() {
        return {
            lookups: this.lookups,
            voids: Math.max(this.voids[4], this.voids[6]),
            mxNames: this.mxNames,
        };
    }
    counters() {
        return { lookups: this.lookups, voids: { ...this.voids }, mxNames: this.mxNames };
    }
    async evaluateName(name, scope, trace) {
        const partition = new Partition(scope);
        // The prefetcher starts the record's lookups the moment it is answered;
        // the walk itself gets the answer paced, after other walks' work (issue #7).
        this.prefetcher.spfRecord(name);
        const record = await this.fetchRecord(name, partition, trace);
        if (record === 'none')
            return { regions: partition.regions(), hasRecord: false };
        if (record) {
            trace.record = record.text;
            this.path.push(name);
            await this.evaluateRecord(name, record, partition, trace);
            this.path.pop();
        }
        if (partition.hadUncertainty())
            this.recorder?.uncertain();
        return { regions: partition.regions(), hasRecord: true };
    }
    /** evaluateName under `scope`, or a shared walk's outcome cut down to it when that is the same. */
    async evaluateTarget(target, scope, trace) {
        const walking = this.shared?.walkOf(target);
        if (this.shared === undefined || walking === undefined) {
            return this.evaluateName(target, scope, trace);
        }
        const shared = await walking;
        const caller = { ...this.counters(), path: this.path, options: this.options };
        const reuse = this.shared.reuse(shared, scope, caller);
        if (reuse === undefined)
            return this.evaluateName(target, scope, trace);
        this.lookups += shared.lookups;
        this.voids[4] += shared.voids[4];
        this.voids[6] += shared.voids[6];
        this.mxNames = Math.max(this.mxNames, shared.mxNames);
        this.findings.push(...reuse.findings);
        // Without addresses, cutting the trace to the scope would change nothing.
        const restricted = this.options.traceSets
            ? restrictTrace(shared.trace, scope, shared.notes.fromScope)
            : shared.trace;
        trace.record = restricted.record;
        trace.problem = restricted.problem;
        trace.terms.push(...restricted.terms);
        return reuse.outcome;
    }
    /** RFC 7208 section 4.4 and 4.5. Errors are given to the whole scope here. */
    async fetchRecord(name, partition, trace) {
        const answer = await this.lookup.resolve(name, 'TXT');
        if (answer.kind === 'transient') {
            this.fail(partition, trace, 'temperror', 'dns-transient', name, undefined, undefined, answer.message);
            return undefined;
        }
        const selected = readSpfRecord(answer.kind === 'answer' ? answer.records : NO_RECORDS);
        if (selected.kind === 'none') {
            trace.problem = answer.kind === 'nxdomain' ? 'name does not exist' : 'no SPF record';
            return 'none';
        }
        if (selected.kind === 'multiple') {
            this.fail(partition, trace, 'permerror', 'multiple-records', name, undefined, undefined, `${name} publishes ${selected.texts.length} SPF records; RFC 7208 section 4.5 makes that a permerror`);
            return undefined;
        }
        if (selected.kind === 'record')
            return selected.record;
        const { text, error } = selected;
        trace.record = text;
        this.fail(partition, trace, 'permerror', 'syntax', name, text, error.term, error.message);
        return undefined;
    }
    async evaluateRecord(name, record, partition, trace) {
        for (const directive of record.directives) {
            if (partition.isDone())
                break;
            this.recorder?.wentOn(partition.undecided);
            const term = newTermTrace(directive.text, QUALIFIER_RESULT[directive.qualifier], this.options.traceSets);
            trace.terms.push(term);
            // Terms without DNS are done at once: no promise, no turn of the queue.
            const pending = this.evaluateDirective(name, record, directive, partition, term);
            if (pending)
                await pending;
        }
        if (partition.isDone())
            return;
        this.recorder?.wentOn(partition.undecided);
        // Section 6.1: redirect only applies when no `all` exists in the record.
        const hasAll = record.directives.some((d) => d.mechanism.kind === 'all');
        if (record.redirect && !hasAll) {
            // A redirect passes exactly what its target passes.
            const term = newTermTrace(record.redirect.text, 'pass', this.options.traceSets);
            trace.terms.push(term);
            await this.evaluateRedirect(name, record, record.redirect.value, partition, term);
            return;
        }
        // Section 4.7: no match and no redirect gives neutral.
        partition.assign('neutral', partition.undecided);
    }
    /** A promise only for the terms that wait on DNS. */
    evaluateDirective(name, record, directive, partition, term) {
        const result = QUALIFIER_RESULT[directive.qualifier];
        const origin = originOf(name, record, directive);
        const mechanism = directive.mechanism;
        const report = (kind, severity, message) => {
            this.report(kind, severity, name, record.text, directive.text, message);
            term.note = message;
        };
        switch (mechanism.kind) {
            case 'all': {
                const matched = partition.undecided;
                this.recorder?.matchedFromScope(term);
                this.give(partition, term, result, matched, origin);
                if (result === 'pass')
                    report('unsafe', 'error', `${directive.text} lets every address pass`);
                return;
            }
            case 'ip4':
            case 'ip6': {
                if (mechanism.hostBitsSet) {
                    report('host-bits', 'warning', `${directive.text} has host bits set; receivers compare only the first ${mechanism.network.prefix} bits, so it means ${mechanism.network.prefix === 0 ? 'everything' : 'the masked network'}`);
                }
                this.give(partition, term, result, networkSet(mechanism.network), origin);
                return;
            }
            case 'ptr': {
                if (!this.countLookup(partition, name, record.text, directive.text, term))
                    return;
                report('unflattenable', 'warning', `${directive.text} depends on the connecting address's reverse DNS and cannot be turned into ranges`);
                partition.markUncertain(partition.undecided, [result]);
                return;
            }
            case 'a':
            case 'mx':
            case 'exists':
            case 'include':
                break;
        }
        if (!this.countLookup(partition, name, record.text, directive.text, term))
            return;
        const target = this.expandTarget(mechanism.domain, name, directive.text, record.text, term);
        if (target === undefined) {
            // Section 7: the term needs the sender's identity; any undecided address may match.
            const errorsPossible = mechanism.kind === 'include' ? ['permerror', 'temperror'] : [];
            partition.markUncertain(partition.undecided, [result, ...errorsPossible]);
            return;
        }
        switch (mechanism.kind) {
            case 'a':
            case 'mx':
                return this.evaluateAddressMechanism(mechanism.kind, target, mechanism.cidr, name, record, directive, partition, term);
            case 'exists':
                return this.evaluateExists(target, result, origin, partition, term, report);
            case 'include':
                return this.evaluateInclude(target, result, name, record, directive, partition, term);
        }
    }
    /** Section 5.3 (a) and 5.4 (mx), per family: A for IPv4, AAAA for IPv6. */
    async evaluateAddressMechanism(kind, target, cidr, name, record, directive, partition, term) {
        const result = QUALIFIER_RESULT[directive.qualifier];
        const origin = originOf(name, record, directive);
        const found = kind === 'a'
            ? await addressesOf(this.lookup, target, cidr)
            : await mxAddressesOf(this.lookup, target, cidr);
        if (found.mxNames !== undefined) {
            this.mxNames = Math.max(this.mxNames, found.mxNames);
            if (found.mxNames > RFC_LIMITS.mxNames) {
                const message = `${directive.text}: ${target} has ${found.mxNames} MX records, over the limit of ${RFC_LIMITS.mxNames} (RFC 7208 section 4.6.4)`;
                this.report('mx-limit', 'warning', name, record.text, directive.text, message);
                term.note = message;
                if (this.options.enforceLimits) {
                    partition.assign('permerror', partition.undecided);
                    return;
                }
            }
        }
        for (const family of walk_FAMILIES) {
            const part = found.byFamily[family];
            if (!part || partition.isFamilyDone(family))
                continue;
            this.recorder?.wentOn(DualSet.ofFamily(partition.undecided.get(family)));
            if (part.kind === 'transient') {
                const message = `${directive.text}: ${part.message}`;
                this.report('dns-transient', 'error', name, record.text, directive.text, message);
                term.note = message;
                partition.assign('temperror', DualSet.ofFamily(partition.undecided.get(family)));
                continue;
            }
            if (part.void && !this.countVoid(family, partition, name, record.text, directive.text, term))
                continue;
            this.give(partition, term, result, part.set, origin);
        }
    }
    /** Section 5.7: a static `exists` matches every address or none. */
    async evaluateExists(target, result, origin, partition, term, report) {
        const answer = await this.lookup.resolve(target, 'A');
        if (answer.kind === 'transient') {
            report('dns-transient', 'error', answer.message);
            partition.assign('temperror', partition.undecided);
            return;
        }
        if (answer.kind === 'nxdomain' || answer.records.length === 0) {
            for (const family of walk_FAMILIES) {
                if (!this.options.families[family === 4 ? 'ipv4' : 'ipv6'])
                    continue;
                if (!this.countVoid(family, partition, origin.name, origin.record, origin.term, term))
                    return;
            }
            return;
        }
        this.recorder?.matchedFromScope(term);
        this.give(partition, term, result, partition.undecided, origin);
        if (result === 'pass')
            report('unsafe', 'error', `${origin.term} resolves, so every address passes`);
    }
    /** Section 5.2: include matches exactly where the target's result is pass. */
    async evaluateInclude(target, result, name, record, directive, partition, term) {
        const inner = await this.evaluateChild(target, directive.text, name, record, directive.text, partition, term);
        if (!inner)
            return;
        this.passThrough(inner.regions, result, partition, term);
        this.copyErrors(inner.regions, partition);
        partition.markUncertain(inner.regions.unknown, [result, 'permerror', 'temperror']);
    }
    /** Section 6.1: the target's result becomes this record's result for what is left. */
    async evaluateRedirect(name, record, spec, partition, term) {
        const text = record.redirect?.text ?? 'redirect';
        if (!this.countLookup(partition, name, record.text, text, term))
            return;
        const target = this.expandTarget(spec, name, text, record.text, term);
        if (target === undefined) {
            partition.markUncertain(partition.undecided, [
                'pass',
                'fail',
                'softfail',
                'neutral',
                'permerror',
                'temperror',
            ]);
            partition.assignUnknown(partition.undecided);
            return;
        }
        const inner = await this.evaluateChild(target, text, name, record, text, partition, term);
        if (!inner)
            return;
        this.passThrough(inner.regions, 'pass', partition, term);
        for (const [other, set] of inner.regions.other)
            partition.assign(other, set);
        partition.assignUnknown(inner.regions.unknown);
    }
    /** Evaluates an include or redirect target over what is still undecided. */
    async evaluateChild(target, via, name, record, termText, partition, term) {
        this.recorder?.reached(target);
        if (this.path.includes(target)) {
            const message = `${termText} leads back to ${target}, which is already on the path ${[...this.path, target].join(' -> ')}`;
            this.report('loop', 'error', name, record.text, termText, message);
            term.note = message;
            partition.assign('permerror', partition.undecided);
            return undefined;
        }
        const child = newRecordTrace(target, via);
        term.child = child;
        const inner = await this.evaluateTarget(target, partition.undecided, child);
        if (!inner.hasRecord) {
            const message = `${termText}: ${target} has no SPF record (${child.problem ?? 'none'}), which RFC 7208 sections 5.2 and 6.1 make a permerror`;
            this.report('include-without-record', 'error', name, record.text, termText, message);
            term.note = message;
            partition.assign('permerror', partition.undecided);
            return undefined;
        }
        return inner;
    }
    /** The target's pass region, given `result` here; one union per family for the trace. */
    passThrough(regions, result, partition, term) {
        this.recorder?.matchedFromScope(term);
        const matched = passSet(regions);
        // Mostly every contribution is still undecided here: then all are given at once.
        const given = partition.assignAll(result, regions.pass, matched)
            ? undefined
            : regions.pass.map((c) => partition.assign(result, c.set, c.origin));
        const addresses = term.addresses;
        if (addresses === undefined)
            return;
        addresses.matched = addresses.matched.union(matched);
        if (result !== 'pass')
            return;
        addresses.passed = addresses.passed.union(given ? unionDual(given) : matched);
    }
    copyErrors(regions, partition) {
        for (const error of ['permerror', 'temperror']) {
            const set = regions.other.get(error);
            if (set)
                partition.assign(error, set);
        }
    }
    give(partition, term, result, matched, origin) {
        const given = partition.assign(result, matched, result === 'pass' ? origin : undefined);
        const addresses = term.addresses;
        if (addresses === undefined)
            return;
        addresses.matched = addresses.matched.union(matched);
        if (result === 'pass')
            addresses.passed = addresses.passed.union(given);
    }
    expandTarget(spec, name, termText, recordText, term) {
        if (!spec)
            return name;
        const expanded = expandDomainSpec(spec, name);
        if (expanded.ok)
            return expanded.value.toLowerCase().replace(/\.$/, '');
        const letters = macroLetters(spec).filter((l) => l !== 'd');
        const message = `${termText} needs ${letters.map((l) => `%{${l}}`).join(', ')} from each message, so the addresses it allows cannot be listed`;
        this.report('unflattenable', 'warning', name, recordText, termText, message);
        term.note = message;
        return undefined;
    }
    /** Section 4.6.4: the 10 DNS-querying terms limit, plus our own hard cap. */
    countLookup(partition, name, recordText, termText, term) {
        this.lookups += 1;
        if (this.lookups > this.options.maxLookups) {
            const message = `${termText} is lookup ${this.lookups}, over the hard cap of ${this.options.maxLookups} per domain (config limits.max-lookups-per-domain)`;
            if (this.lookups === this.options.maxLookups + 1) {
                this.report('walk-limit', 'error', name, recordText, termText, message);
            }
            term.note = message;
            partition.assign('permerror', partition.undecided);
            return false;
        }
        const at = { name, record: recordText, term: termText };
        this.recorder?.counted({ ...at, family: undefined, findingsBefore: this.findings.length });
        if (this.lookups === RFC_LIMITS.lookups + 1) {
            this.findings.push(lookupLimitFinding(at, this.lookups));
        }
        if (this.lookups > RFC_LIMITS.lookups && this.options.enforceLimits) {
            term.note = `lookup ${this.lookups} is over the limit of ${RFC_LIMITS.lookups}`;
            partition.assign('permerror', partition.undecided);
            return false;
        }
        return true;
    }
    /** Section 4.6.4: more than two void lookups is a permerror. */
    countVoid(family, partition, name, recordText, termText, term) {
        this.voids[family] += 1;
        const at = { name, record: recordText, term: termText };
        this.recorder?.counted({ ...at, family, findingsBefore: this.findings.length });
        if (this.voids[family] !== RFC_LIMITS.voids + 1) {
            return (!(this.voids[family] > RFC_LIMITS.voids && this.options.enforceLimits) ||
                this.permerrorFamily(family, partition));
        }
        const other = this.voids[family === 4 ? 6 : 4];
        if (other <= RFC_LIMITS.voids)
            this.findings.push(voidLimitFinding(at, this.voids[family]));
        if (!this.options.enforceLimits)
            return true;
        term.note = `void lookup ${this.voids[family]} is over the limit of ${RFC_LIMITS.voids}`;
        return this.permerrorFamily(family, partition);
    }
    permerrorFamily(family, partition) {
        partition.assign('permerror', DualSet.ofFamily(partition.undecided.get(family)));
        return false;
    }
    fail(partition, trace, result, kind, name, record, term, message) {
        trace.problem = message;
        this.report(kind, 'error', name, record, term, message);
        partition.assign(result, partition.undecided);
    }
    report(kind, severity, name, record, term, message) {
        this.findings.push({ kind, severity, name, record, term, message });
    }
}
function newTermTrace(term, result, traceSets) {
    const addresses = traceSets ? { matched: DualSet.EMPTY, passed: DualSet.EMPTY } : undefined;
    return { term, result, addresses, note: undefined, child: undefined };
}

;// CONCATENATED MODULE: ./lib/sources/resolve-sources.js
// Resolves every configured source at once. The resolver passed in bounds
// concurrency and shares answers, so nothing here waits on anything it does
// not depend on.




/**
 * Default hard cap on DNS-querying terms per sender, far above RFC 7208's 10
 * (config `limits.max-lookups-per-domain`).
 */
const MAX_LOOKUPS_PER_DOMAIN = DEFAULT_LIMITS.maxLookupsPerDomain;
async function resolveSources(config, resolve, onDone = () => undefined) {
    const families = { ipv4: config.ipv4, ipv6: config.ipv6 };
    // One evaluator for all senders: shared includes are walked once (issue #7).
    const evaluator = createSpfEvaluator(resolve, {
        families,
        enforceLimits: config.strict,
        maxLookups: config.limits.maxLookupsPerDomain,
        // The run renders ranges and the include graph, not each term's addresses.
        traceSets: false,
    });
    const jobs = [];
    for (const group of config.senders) {
        for (const { domain } of group.domains) {
            jobs.push(evaluator.evaluate(domain).then((evaluation) => ({
                kind: 'sender',
                section: group.name,
                name: domain,
                evaluation,
            })));
        }
    }
    for (const { host } of config.hosts)
        jobs.push(resolveHost(host, resolve, families));
    for (const entry of config.static) {
        jobs.push(Promise.resolve({ kind: 'static', section: 'static', name: entry.text, entry }));
    }
    return Promise.all(jobs.map((job) => job.then((done) => (onDone(done), done))));
}
async function resolveHost(host, resolve, families) {
    const found = await addressesOf({ resolve, families }, host, { ip4: 32, ip6: 128 });
    let addresses = DualSet.EMPTY;
    const transient = [];
    for (const part of Object.values(found.byFamily)) {
        if (part.kind === 'transient')
            transient.push(part.message);
        else
            addresses = addresses.union(part.set);
    }
    return {
        kind: 'host',
        section: 'hosts',
        name: host,
        addresses,
        transient: transient.length > 0 ? transient.join('; ') : undefined,
        empty: transient.length === 0 && addresses.isEmpty(),
    };
}

;// CONCATENATED MODULE: ./lib/pipeline/generate.js
// The `generate` pipeline shared by the CLI and the Action: for each list
// (the allowlist, and the denylist of `deny:`), read the previous file,
// resolve every source, decide what each keeps (stale blocks, refused
// ranges), build and render the list; then write the files that changed (all
// of them or none) and describe the change, and any range both lists hold,
// for review.















/** The run failed; nothing was written. */
class RunFailedError extends Error {
    failures;
    outcomes;
    constructor(failures, outcomes = []) {
        super(`the run failed and wrote nothing:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
        this.failures = failures;
        this.outcomes = outcomes;
        this.name = 'RunFailedError';
    }
}
/**
 * Both lists go through generateList concurrently, sharing the resolver (so
 * each name and type is asked once per run); their files are written
 * together, all or none, only when both lists succeeded.
 */
async function generate(options) {
    const lists = listConfigs(options.config);
    const { allow, deny } = await settleLists(generateList('allow', lists.allow, options), lists.deny && generateList('deny', lists.deny, options));
    const outputs = [...allow.outputs, ...(deny?.outputs ?? [])];
    const changed = outputs.filter((o) => o.changed);
    const written = !options.dryRun && changed.length > 0;
    if (written) {
        await options.files.writeAll(changed.map((o) => ({ path: o.spec.path, content: o.content })));
    }
    const review = buildReview(allow.diff, allow.outcomes, deny && denyReview(allow, deny));
    const { sources, outcomes, allowlist } = allow;
    return { sources, outcomes, allowlist, outputs, written, review, deny };
}
/**
 * Each list as a Config of its own: the deny side's sources and outputs in
 * place of the allow side's, every other setting shared.
 */
function listConfigs(config) {
    const allow = { ...config, deny: undefined };
    if (config.deny === undefined)
        return { allow, deny: undefined };
    const { senders, hosts, static: staticRanges, outputs } = config.deny;
    return { allow, deny: { ...allow, senders, hosts, static: staticRanges, outputs } };
}
/** Waits for both lists, so no work is left running when one fails. */
async function settleLists(allowRun, denyRun) {
    const settled = await Promise.allSettled([allowRun, denyRun]);
    const errors = settled.flatMap((s) => (s.status === 'rejected' ? [s.reason] : []));
    if (errors.length > 0)
        throw firstFailure(errors);
    return { allow: await allowRun, deny: await denyRun };
}
/** An unexpected error first; run failures of both lists as one, so the log names both. */
function firstFailure(errors) {
    const other = errors.find((e) => !(e instanceof RunFailedError));
    if (other !== undefined)
        return other;
    const failed = errors.filter((e) => e instanceof RunFailedError);
    if (failed.length === 1)
        return failed[0];
    return new RunFailedError(failed.flatMap((e) => e.failures), failed.flatMap((e) => e.outcomes));
}
/**
 * One list, allow or deny: read its previous file, resolve its sources,
 * decide, build, render and validate its outputs. Writes nothing.
 */
async function generateList(list, config, options) {
    const previous = await readPrevious(config, options.files, list);
    const sources = await resolveSources(config, options.resolve, options.onSourceDone);
    const proposed = options.proposed && (await readProposed(config, options.proposed, list));
    const decision = decideBlocks(sources, previous, config.policy, options.today, proposed);
    if (decision.failure) {
        throw new RunFailedError([`${FAILURE_PREFIX[list]}${decision.failure}`], decision.outcomes);
    }
    const allowlist = buildAllowlist((0,external_node_path_namespaceObject.basename)(config.file), decision.blocks);
    const outputs = await Promise.all(config.outputs.map(async (spec) => {
        const content = RENDERERS[spec.format](allowlist, spec, list);
        const before = await options.files.read(spec.path);
        return { spec, content, changed: before !== content };
    }));
    validateTables(outputs, list);
    const diff = diffAllowlists(previous, allowlist);
    return { list, sources, outcomes: decision.outcomes, allowlist, outputs, diff };
}
/** Run failures of the denylist say so; the allowlist's read as they always did. */
const FAILURE_PREFIX = { allow: '', deny: 'deny: ' };
function denyReview(allow, deny) {
    return {
        diff: deny.diff,
        outcomes: deny.outcomes,
        overlaps: findOverlaps(allow.allowlist, deny.allowlist),
    };
}
/** Postfix table formats, checked with the mail hosts' own rules (issue #6 scope 4). */
const TABLE_KINDS = {
    allow: { postscreen: 'postscreen', 'postfix-access': 'postfix-access' },
    deny: { postscreen: 'postscreen', 'postfix-access': 'postfix-access-deny' },
};
/** Never hand a mail host a table it would refuse (an empty one included). */
function validateTables(outputs, list) {
    const problems = [];
    for (const output of outputs) {
        const kind = TABLE_KINDS[list][output.spec.format];
        if (!kind)
            continue;
        problems.push(...checkCidrTable(output.content, output.spec.path, kind).problems.map(formatTableProblem));
    }
    if (problems.length > 0)
        throw new RunFailedError(problems);
}
/**
 * The previous list is the state of the last good run (issue #4): read
 * from the list's first output in a format we can parse back. A file that
 * is not ours (or is the other list's) stops the run: guessing would lose or
 * invent ranges.
 */
async function readPrevious(config, files, list) {
    for (const spec of config.outputs) {
        const parse = STATE_PARSERS[spec.format];
        if (!parse)
            continue;
        const text = await files.read(spec.path);
        return text === undefined ? undefined : parse(text, spec.path, list);
    }
    return undefined;
}
/**
 * The pull request's version only lends stale marks; the merged file stays
 * the state. One the pull request's branch holds in a form we cannot read
 * (edited by hand) lends none, and the next publish replaces it.
 */
async function readProposed(config, files, list) {
    try {
        return await readPrevious(config, files, list);
    }
    catch (error) {
        if (error instanceof AllowlistFileError)
            return undefined;
        throw error;
    }
}
/** Formats whose files can be read back as the previous state. */
const STATE_PARSERS = {
    postscreen: (text, file, list) => parsePostscreen(text, file, POSTSCREEN_ACTION_OF[list]),
    json: parseJsonState,
};
function parseJsonState(text, file, list) {
    try {
        return parseJsonAllowlist(text, list);
    }
    catch (error) {
        if (!(error instanceof AllowlistJsonError))
            throw error;
        throw new AllowlistFileError(file, 1, error.message);
    }
}
/** One renderer per `outputs[].format`, for either list. */
const RENDERERS = {
    postscreen: (allowlist, spec, list) => renderPostscreen(allowlist, `/etc/postfix/${(0,external_node_path_namespaceObject.basename)(spec.path)}`, POSTSCREEN_ACTION_OF[list]),
    'postfix-access': renderPostfixAccess,
    plain: renderPlain,
    nftables: renderNftables,
    json: (allowlist, _spec, list) => renderJson(allowlist, list),
};

;// CONCATENATED MODULE: ./lib/files/workspace-lock.js
// One `generate` at a time per config (issue #8 scope 4). Two runs writing
// the same outputs would each be atomic, but the second would decide from a
// previous file the first is about to replace, and stale marks or reviews
// could describe a state that never existed. So a run holds an exclusive lock
// file next to the config: created whole and exclusively (link(2) of a temp
// file), holding the owner's pid, host and start time. A second run fails fast naming the file and the pid; a lock
// whose process has died (kill -9, a crash, a power cut) is taken over.
//
// While the lock is held no other run of ours writes next to the outputs, so
// temp files left there by a killed run are removed before the run starts,
// and so is a dead holder's lock that a killed run had moved aside.





/** The lock could not be taken; a RunFailedError, so entry points exit 1 and write nothing. */
class WorkspaceLockError extends RunFailedError {
    lockFile;
    holder;
    constructor(lockFile, holder, reason) {
        super([reason]);
        this.lockFile = lockFile;
        this.holder = holder;
        this.name = 'WorkspaceLockError';
    }
}
/** Takeovers retried when another run wins the race for a dead holder's lock. */
const ATTEMPTS = 5;
/** A lock file read empty may be mid-write by its creator: look once more after this. */
const EMPTY_RETRY_MS = 50;
function lockFileFor(configPath) {
    return `${configPath}.lock`;
}
/** Runs `run` holding the config's lock, after removing temp files left by killed runs. */
async function withWorkspaceLock(configPath, outputPaths, run) {
    const lock = await acquireWorkspaceLock(configPath);
    try {
        await removeStaleTempFiles([...outputPaths, lock.path]);
        await removeAbandonedAsides(lock.path);
        return await run();
    }
    finally {
        await lock.release();
    }
}
async function acquireWorkspaceLock(configPath, isAlive = processIsAlive) {
    const path = lockFileFor(configPath);
    const mine = {
        pid: process.pid,
        host: (0,external_node_os_namespaceObject.hostname)(),
        started: new Date().toISOString(),
    };
    const text = `${JSON.stringify(mine)}\n`;
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
        if (await createExclusive(path, text))
            return { path, release: () => release(path, text) };
        const holder = await readHolder(path);
        if (holder === 'gone')
            continue;
        if (holder === 'unreadable') {
            throw new WorkspaceLockError(path, undefined, `the lock file ${path} exists but does not say which run holds it; delete it if no spf-allowlist run is active`);
        }
        if (holder.host !== (0,external_node_os_namespaceObject.hostname)() || isAlive(holder.pid))
            throw heldBy(path, holder);
        await takeOver(path, holder);
    }
    throw new WorkspaceLockError(path, undefined, `the lock file ${path} kept changing hands; another run is starting, try again`);
}
function heldBy(path, holder) {
    return new WorkspaceLockError(path, holder, `another spf-allowlist run holds the lock file ${path} (pid ${holder.pid} on ${holder.host}, since ${holder.started}); ` +
        `wait for it to finish, or delete the file if that process is not running`);
}
/**
 * Exactly one process creates the lock, and it appears whole: the text goes
 * to a temp file first, then link(2) makes it the lock, failing with EEXIST
 * when the lock exists. A plain O_EXCL create followed by a write leaves an
 * empty lock if the run is killed in between, and an empty lock names no
 * holder to take over from (the kill -9 test found one). False when the lock
 * already exists.
 */
async function createExclusive(path, text) {
    const temp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(path), `.${(0,external_node_path_namespaceObject.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    try {
        await (0,promises_namespaceObject.writeFile)(temp, text, { flag: 'wx', mode: 0o644 });
    }
    catch (error) {
        throw cannotCreate(path, error);
    }
    try {
        await (0,promises_namespaceObject.link)(temp, path);
        return true;
    }
    catch (error) {
        const code = errorCode(error);
        if (code === 'EEXIST')
            return false;
        // The lock's holder removed our temp file while cleaning up (withWorkspaceLock): it is held.
        if (code === 'ENOENT')
            return false;
        if (code !== undefined && NO_HARD_LINKS.has(code))
            return await createWithExcl(path, text);
        throw cannotCreate(path, error);
    }
    finally {
        await (0,promises_namespaceObject.unlink)(temp).catch(() => undefined);
    }
}
/** Filesystems without hard links (FAT, some network mounts) answer link(2) so. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/** O_EXCL create and write: exclusive too, but not whole if the run dies in between. */
async function createWithExcl(path, text) {
    try {
        await (0,promises_namespaceObject.writeFile)(path, text, { flag: 'wx', mode: 0o644 });
        return true;
    }
    catch (error) {
        if (errorCode(error) === 'EEXIST')
            return false;
        throw cannotCreate(path, error);
    }
}
function cannotCreate(path, error) {
    return new WorkspaceLockError(path, undefined, `cannot create the lock file ${path}: ${errorCode(error) ?? String(error)}; the config's directory must be writable`);
}
async function readHolder(path) {
    for (let look = 0; look < 2; look += 1) {
        let text;
        try {
            text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
        }
        catch (error) {
            return errorCode(error) === 'ENOENT' ? 'gone' : 'unreadable';
        }
        if (text !== '')
            return parseHolder(text) ?? 'unreadable';
        await new Promise((resolve) => setTimeout(resolve, EMPTY_RETRY_MS));
    }
    return 'unreadable';
}
function parseHolder(text) {
    try {
        const value = JSON.parse(text);
        const { pid, host, started } = value;
        // pid 0 or below would signal a process group, not a process.
        if (typeof pid !== 'number' || !Number.isInteger(pid) || pid < 1)
            return undefined;
        if (typeof host !== 'string' || typeof started !== 'string')
            return undefined;
        return { pid, host, started };
    }
    catch {
        return undefined;
    }
}
/**
 * Moves a dead holder's lock aside (rename is atomic, so of two runs taking
 * over only one moves it). If what was moved is no longer that holder's lock,
 * another run took it over first: put it back for that run.
 */
async function takeOver(path, dead) {
    const aside = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.stale`;
    try {
        await (0,promises_namespaceObject.rename)(path, aside);
    }
    catch (error) {
        if (errorCode(error) === 'ENOENT')
            return;
        throw error;
    }
    const moved = parseHolder(await (0,promises_namespaceObject.readFile)(aside, 'utf8'));
    if (moved?.pid !== dead.pid || moved.started !== dead.started) {
        await (0,promises_namespaceObject.link)(aside, path).catch(() => undefined);
    }
    await (0,promises_namespaceObject.unlink)(aside);
}
/** Removes the lock only while it is still ours. */
async function release(path, text) {
    const current = await (0,promises_namespaceObject.readFile)(path, 'utf8').catch(() => undefined);
    if (current === text)
        await (0,promises_namespaceObject.unlink)(path).catch(() => undefined);
}
function processIsAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: the process exists but belongs to another user.
        return errorCode(error) !== 'ESRCH';
    }
}
/**
 * Removes `.NAME.HEX.tmp` files beside each output (file-store.ts names its
 * temp files so, and createExclusive the lock's): a run killed between
 * writing and renaming (or linking) leaves them, and
 * only a run holding the lock may know no one else is writing them.
 */
async function removeStaleTempFiles(outputPaths) {
    const removed = [];
    for (const output of outputPaths) {
        const directory = (0,external_node_path_namespaceObject.dirname)(output);
        const pattern = new RegExp(`^\\.${escapeRegExp((0,external_node_path_namespaceObject.basename)(output))}\\.[0-9a-f]{12}\\.tmp$`);
        const names = await (0,promises_namespaceObject.readdir)(directory).catch(() => []);
        for (const name of names.filter((n) => pattern.test(n))) {
            await (0,promises_namespaceObject.unlink)((0,external_node_path_namespaceObject.join)(directory, name)).catch(() => undefined);
            removed.push((0,external_node_path_namespaceObject.join)(directory, name));
        }
    }
    return removed;
}
/**
 * Removes `LOCK.PID.HEX.stale` files (see takeOver) whose taker has died: a
 * run killed between moving a dead holder's lock aside and deleting it
 * leaves one (the kill -9 test found it). A living taker's is left alone: it
 * may still put the lock back. Takers are on this host, as takeOver only
 * takes over from a holder on this host.
 */
async function removeAbandonedAsides(lockPath, isAlive = processIsAlive) {
    const directory = (0,external_node_path_namespaceObject.dirname)(lockPath);
    const pattern = new RegExp(`^${escapeRegExp((0,external_node_path_namespaceObject.basename)(lockPath))}\\.(\\d+)\\.[0-9a-f]{12}\\.stale$`);
    const removed = [];
    for (const name of await (0,promises_namespaceObject.readdir)(directory).catch(() => [])) {
        const taker = pattern.exec(name)?.[1];
        if (taker === undefined || isAlive(Number(taker)))
            continue;
        await (0,promises_namespaceObject.unlink)((0,external_node_path_namespaceObject.join)(directory, name)).catch(() => undefined);
        removed.push((0,external_node_path_namespaceObject.join)(directory, name));
    }
    return removed;
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function errorCode(error) {
    const code = error?.code;
    return typeof code === 'string' ? code : undefined;
}

;// CONCATENATED MODULE: ./lib/app/generate-settings.js
// One options object for `generate`, filled from argv (CLI) or inputs
// (Action), and the step that turns it into a pipeline run.








async function runGenerate(settings, files, hooks = {}) {
    const { onSourceDone, onStart, proposed } = hooks;
    const config = applySettings(await loadConfig(settings.configPath), settings);
    // Under the cache, so the limits count only the queries actually sent.
    const bounded = createBoundedResolver(resolverFor(config), config.limits);
    const cached = createCachedResolver(bounded, {
        concurrency: config.dns.concurrency,
        deadlineMs: config.dns.deadlineMs,
    });
    onStart?.({ total: countSources(config), inFlight: () => cached.inFlight() });
    const run = () => generate({
        config,
        resolve: cached.resolve,
        files,
        dryRun: settings.dryRun,
        today: settings.today,
        ...(onSourceDone ? { onSourceDone } : {}),
        ...(proposed ? { proposed } : {}),
    });
    // A dry run writes nothing, so it need not wait for (or block) a real run.
    const outputPaths = [...config.outputs, ...(config.deny?.outputs ?? [])].map((o) => o.path);
    const report = settings.dryRun
        ? await run()
        : await withWorkspaceLock(config.file, outputPaths, run);
    const stats = cached.stats();
    return { config, report, queries: { sent: stats.queriesSent, distinct: stats.distinctQueries } };
}
function resolverFor(config) {
    return createNodeResolver({
        servers: config.dns.servers,
        timeoutMs: config.dns.timeoutMs,
        tries: config.dns.tries,
    });
}
function applySettings(config, settings) {
    const configDir = (0,external_node_path_namespaceObject.dirname)(config.file);
    const outDir = settings.outDir;
    const place = (outputs) => outDir
        ? outputs.map((o) => ({ ...o, path: (0,external_node_path_namespaceObject.join)(outDir, (0,external_node_path_namespaceObject.relative)(configDir, o.path)) }))
        : outputs;
    return {
        ...config,
        dns: settings.dnsServers.length > 0 ? { ...config.dns, servers: settings.dnsServers } : config.dns,
        outputs: place(config.outputs),
        deny: config.deny && { ...config.deny, outputs: place(config.deny.outputs) },
    };
}
/** The clock's date as stale marks record it. */
function utcDate(now) {
    return now.toISOString().slice(0, 10);
}

;// CONCATENATED MODULE: ./lib/explain/render-mermaid.js
// The include/redirect graph of one or more sender domains as a Mermaid
// flowchart (GitHub renders ```mermaid blocks in job summaries and PRs).
function renderMermaid(traces) {
    const ids = new Map();
    const nodes = [];
    const edges = new Set();
    const idOf = (name) => {
        let id = ids.get(name);
        if (!id) {
            id = `n${ids.size}`;
            ids.set(name, id);
            nodes.push(`  ${id}["${name.replace(/"/g, '#quot;')}"]`);
        }
        return id;
    };
    const visit = (trace) => {
        const from = idOf(trace.name);
        for (const term of trace.terms) {
            if (!term.child)
                continue;
            const label = term.term.startsWith('redirect=') ? 'redirect' : term.term.replace(/:.*/, '');
            edges.add(`  ${from} -->|${label.replace(/[|"]/g, '')}| ${idOf(term.child.name)}`);
            visit(term.child);
        }
    };
    for (const trace of traces)
        visit(trace);
    return ['flowchart LR', ...nodes, ...edges].join('\n') + '\n';
}

;// CONCATENATED MODULE: ./lib/files/file-store.js
// The file port: the pipeline reads previous outputs and writes new ones only
// through this, so tests can inject faults and the write stays all-or-nothing.



const nodeFileStore = {
    async read(path) {
        try {
            return await (0,promises_namespaceObject.readFile)(path, 'utf8');
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    },
    async writeAll(files) {
        const staged = [];
        try {
            for (const file of files) {
                const temp = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(file.path), `.${(0,external_node_path_namespaceObject.basename)(file.path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
                staged.push({ temp, path: file.path });
                await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(file.path), { recursive: true });
                const handle = await (0,promises_namespaceObject.open)(temp, 'wx', 0o644);
                try {
                    await handle.writeFile(file.content, 'utf8');
                    await handle.sync();
                }
                finally {
                    await handle.close();
                }
            }
        }
        catch (error) {
            await Promise.all(staged.map((s) => (0,promises_namespaceObject.unlink)(s.temp).catch(() => undefined)));
            throw error;
        }
        // rename(2) replaces each target atomically: a reader sees the old file or the new one.
        for (const { temp, path } of staged)
            await (0,promises_namespaceObject.rename)(temp, path);
    },
};

;// CONCATENATED MODULE: ./lib/files/held-writes.js
// A FileStore whose writes wait for a go-ahead. The Action renders the files
// first and writes them into the workspace only once the pull request holds
// them, so a run that fails to publish leaves every file as it was
// (DESIGN.md "Failure policy": a failed run changes nothing). Reads go
// straight through: the pipeline reads each previous file before deciding.
function holdWrites(inner) {
    let held = [];
    return {
        store: {
            read: (path) => inner.read(path),
            writeAll: (files) => {
                held = [...files];
                return Promise.resolve();
            },
        },
        release: async () => {
            const files = held;
            held = [];
            if (files.length > 0)
                await inner.writeAll(files);
        },
    };
}

;// CONCATENATED MODULE: ./lib/report/run-summary.js
// The short summary a run prints (CLI) or puts in the job summary (Action):
// the review headline, ranges per section, which files changed, and every
// outcome that needs attention. The full review is src/review/review.ts.
// With `deny:`, the denylist's sections, outcomes and warnings follow, named
// "deny", and every range both lists hold is a warning.




function summarize(report, baseDir) {
    const { deny } = report;
    const sections = [
        ...sectionCounts(report.allowlist, ''),
        ...(deny ? sectionCounts(deny.allowlist, 'deny: ') : []),
    ];
    const attention = [];
    const warnings = [];
    addOutcomes(report.outcomes, '', attention, warnings);
    if (deny)
        addOutcomes(deny.outcomes, 'deny ', attention, warnings);
    warnings.push(...(report.review.deny?.overlaps ?? []).map(describeOverlap));
    return {
        headline: report.review.headline,
        sections,
        outputs: report.outputs.map((o) => ({
            path: (0,external_node_path_namespaceObject.relative)(baseDir, o.spec.path) || o.spec.path,
            changed: o.changed,
        })),
        attention,
        warnings,
        written: report.written,
    };
}
function sectionCounts(list, prefix) {
    return list.sections.map((section) => {
        const cidrs = section.blocks.flatMap(blockCidrs);
        return {
            name: `${prefix}${section.name}`,
            ipv4: cidrs.filter((c) => c.family === 4).length,
            ipv6: cidrs.filter((c) => c.family === 6).length,
            sources: section.blocks.length,
        };
    });
}
function addOutcomes(outcomes, prefix, attention, warnings) {
    for (const o of outcomes) {
        const label = `${prefix}${o.kind} ${o.name}`;
        if (!['updated', 'unchanged'].includes(o.outcome))
            attention.push(`${label}: ${o.outcome}: ${o.reason ?? ''}`);
        for (const r of o.refused)
            attention.push(`${label}: refused ${formatCidr(r.cidr)}: ${r.reason}`);
        for (const flag of o.flags)
            attention.push(`${label}: ${flag}`);
        for (const w of o.warnings)
            warnings.push(`${label}: ${w}`);
    }
}
const CHANGED_FILE = {
    written: 'written',
    'dry-run': 'would change (dry run)',
    'not-written': 'not written (the run failed)',
};
function outputState(changed, state) {
    return changed ? CHANGED_FILE[state] : 'unchanged';
}
function renderTextSummary(summary, state) {
    const lines = [
        summary.headline,
        ...summary.sections.map((s) => `${s.name}: ${s.ipv4} IPv4 and ${s.ipv6} IPv6 ranges from ${s.sources} sources`),
        ...summary.outputs.map((o) => `${o.path}: ${outputState(o.changed, state)}`),
    ];
    if (summary.attention.length > 0) {
        lines.push(`needs attention (${summary.attention.length}):`, ...summary.attention.map((a) => `  - ${a}`));
    }
    if (summary.warnings.length > 0) {
        lines.push(`${summary.warnings.length} warnings:`, ...summary.warnings.map((w) => `  - ${w}`));
    }
    return `${lines.join('\n')}\n`;
}
function renderMarkdownSummary(summary, state) {
    const lines = [
        '| section | sources | IPv4 ranges | IPv6 ranges |',
        '| --- | ---: | ---: | ---: |',
        ...summary.sections.map((s) => `| ${s.name} | ${s.sources} | ${s.ipv4} | ${s.ipv6} |`),
        '',
        ...summary.outputs.map((o) => `- \`${o.path}\`: ${outputState(o.changed, state)}`),
        '',
    ];
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./lib/action/action-inputs.js
// The Action's inputs as the runner passes them: one INPUT_<NAME> variable
// per input, the name upper-cased with spaces as underscores and hyphens kept
// (GitHub docs, "Metadata syntax", inputs). Read from an explicit environment
// so that tests and the settings object never touch process.env.
/** YAML 1.2 core schema booleans, the ones GitHub's own toolkit accepts. */
const TRUE_VALUES = ['true', 'True', 'TRUE'];
const FALSE_VALUES = ['false', 'False', 'FALSE'];
/** An input value the Action cannot use; the message names the input and what is valid. */
class ActionInputError extends Error {
    name = 'ActionInputError';
}
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The input's value with surrounding whitespace trimmed; '' when unset. */
function readInput(env, name) {
    return (env[inputVariable(name)] ?? '').trim();
}
/** An unset input is false: GitHub fills in action.yml's default, a hand-run may not. */
function readBooleanInput(env, name) {
    const value = readInput(env, name);
    if (value === '' || FALSE_VALUES.includes(value))
        return false;
    if (TRUE_VALUES.includes(value))
        return true;
    throw new ActionInputError(`Input "${name}" is "${value}"; expected a boolean: ${[...TRUE_VALUES, ...FALSE_VALUES].join(' | ')}.`);
}

;// CONCATENATED MODULE: ./lib/action/action-settings.js
// The Action's inputs and the runner's GITHUB_* variables, read once into one
// settings object (the actions/checkout habit): the rest of the Action never
// reads the environment.




/** An input or runner variable the Action cannot work with; nothing was resolved or written. */
class ActionSettingsError extends Error {
    name = 'ActionSettingsError';
}
/** The checkout the runner gives the job; the current directory when run by hand. */
function actionWorkspace(env) {
    return env['GITHUB_WORKSPACE'] ?? process.cwd();
}
/** Inputs (INPUT_*) and the runner's GITHUB_* variables, both from `env`. */
function readActionSettings(env, now) {
    const workspace = actionWorkspace(env);
    const generate = {
        configPath: (0,external_node_path_namespaceObject.resolve)(workspace, readInput(env, 'config') || 'spf-allowlist.yml'),
        dnsServers: listInput(env, 'dns-servers', /[\s,]+/).map(parseDnsServer),
        outDir: undefined,
        dryRun: readBooleanInput(env, 'dry-run'),
        today: utcDate(now),
    };
    const token = readInput(env, 'token');
    return {
        workspace,
        runnerFiles: {
            outputs: nonEmpty(env['GITHUB_OUTPUT']),
            jobSummary: nonEmpty(env['GITHUB_STEP_SUMMARY']),
        },
        generate,
        publish: token === '' ? undefined : readPublishSettings(token, env),
    };
}
function readPublishSettings(token, env) {
    const { owner, repo } = parseRepository(env['GITHUB_REPOSITORY']);
    return {
        token,
        owner,
        repo,
        branch: readInput(env, 'branch') || 'spf-allowlist/update',
        base: nonEmpty(readInput(env, 'base')),
        title: readInput(env, 'title') || 'SPF allowlist update',
        commitMessage: readInput(env, 'commit-message') || 'Update SPF allowlist',
        labels: listInput(env, 'labels'),
        reviewers: listInput(env, 'reviewers'),
        teamReviewers: listInput(env, 'team-reviewers'),
        assignees: listInput(env, 'assignees'),
        draft: readBooleanInput(env, 'draft'),
    };
}
/** `owner/repo`, as the runner sets GITHUB_REPOSITORY. */
function parseRepository(value) {
    const match = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? '');
    if (match === null) {
        throw new ActionSettingsError(value === undefined || value === ''
            ? 'GITHUB_REPOSITORY is not set, so there is no repository to open the pull request in. ' +
                'GitHub sets it in every workflow run; elsewhere, set it to "owner/repo", or set the ' +
                '`token` input to an empty string to only write the files into the workspace.'
            : `GITHUB_REPOSITORY is "${value}"; expected "owner/repo".`);
    }
    return { owner: match[1] ?? '', repo: match[2] ?? '' };
}
/** Names separated by commas or newlines (or `separators`), blanks dropped. */
function listInput(env, name, separators = /[,\n]/) {
    return readInput(env, name)
        .split(separators)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
function nonEmpty(value) {
    return value === '' ? undefined : value;
}

// EXTERNAL MODULE: ./lib/github/publish-request.js
var publish_request = __nccwpck_require__(9116);
;// CONCATENATED MODULE: ./lib/action/change-request.js
// What a run proposes, as a PublishRequest: the generated files at their
// repository paths, the review as the pull request's body, its headline in
// the title and the commit message (issue #5 scope 3).



/** GitHub refuses issue and pull request titles longer than this. */
const GITHUB_TITLE_LIMIT = 256;
function changeRequest(report, workspace, settings, dryRun) {
    const { headline } = report.review;
    return {
        branch: settings.branch,
        ...(settings.base === undefined ? {} : { baseBranch: settings.base }),
        files: report.outputs.map((output) => ({
            path: repositoryPath(workspace, output.spec.path),
            content: output.content,
        })),
        title: clip(`${settings.title}: ${headline}`, GITHUB_TITLE_LIMIT),
        body: renderReviewMarkdown(report.review),
        commitMessage: `${settings.commitMessage}: ${headline}`,
        labels: settings.labels,
        reviewers: settings.reviewers,
        teamReviewers: settings.teamReviewers,
        assignees: settings.assignees,
        draft: settings.draft,
        needsAttention: report.review.needsAttention,
        dryRun,
    };
}
/** The checkout is the repository, so an output's path in it is its path in the commit. */
function repositoryPath(workspace, file) {
    const path = (0,external_node_path_namespaceObject.relative)(workspace, file);
    if (path === '' || path === '..' || path.startsWith(`..${external_node_path_namespaceObject.sep}`) || (0,external_node_path_namespaceObject.isAbsolute)(path)) {
        throw new publish_request/* PublishRequestError */.Fu(`The output ${file} is outside the workspace ${workspace}, so it cannot be committed; ` +
            'give outputs a path inside the repository, relative to the config file.');
    }
    return path.split(external_node_path_namespaceObject.sep).join('/');
}
function clip(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

;// CONCATENATED MODULE: ./lib/action/proposed-files.js
// The output files as the Action's open pull request proposes them, for the
// stale marks it already carries (decideBlocks). Without this, every run
// compared with the merged files alone, dated a continuing outage "stale
// since" today, and so rewrote the pull request daily until someone merged it.

/**
 * Reads through `connect` on first use only: after resolving, so Octokit
 * never delays the first DNS query. Only a branch with an open pull request
 * counts; a branch left from a closed one holds marks no one is reviewing.
 */
function proposedFiles(settings, workspace, connect) {
    let head;
    return {
        async read(path) {
            head ??= openPullHead(settings, connect);
            const found = await head;
            return found && found.port.getFile(found.sha, repositoryPath(workspace, path));
        },
    };
}
async function openPullHead(settings, connect) {
    const port = await connect();
    const base = settings.base ?? (await port.getDefaultBranch());
    const pull = await port.findOpenPull(settings.branch, base);
    const sha = pull && (await port.getBranchHead(settings.branch));
    return sha === undefined ? undefined : { port, sha };
}

// EXTERNAL MODULE: ./lib/github/retry.js
var retry = __nccwpck_require__(6042);
;// CONCATENATED MODULE: ./lib/action/publish-step.js
// The Action's publishing step: the change request, sent through the GitHub
// REST API by publishChange (issue #5).

async function publishStep(request, settings, log, connect) {
    const [port, { publishChange, PullRequestDecorationError }] = await Promise.all([
        connect(),
        __nccwpck_require__.e(/* import() */ 944).then(__nccwpck_require__.bind(__nccwpck_require__, 1944)),
    ]);
    const base = request.baseBranch ?? 'the default branch';
    log.info(`${settings.owner}/${settings.repo}: ${request.files.length} file(s) on branch ${request.branch}, against ${base}${request.dryRun ? ' (dry run: read only)' : ''}`);
    try {
        return await publishChange(port, request);
    }
    catch (error) {
        // The pull request is open; only its labels, assignees or reviewers are
        // missing. Later runs update it, so say so and carry on.
        if (!(error instanceof PullRequestDecorationError))
            throw error;
        log.warning(error.message);
        return error.result;
    }
}
/** The repository through the REST API, retrying as publishing does. */
async function connectRepository(settings, log) {
    // Loaded here, not at start-up: Octokit is most of the bundle, and the DNS
    // queries should not wait for it (issue #7, start-up to first query).
    const [{ createGitHubClient }, { OctokitRepository }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(413), __nccwpck_require__.e(636)]).then(__nccwpck_require__.bind(__nccwpck_require__, 636)),
        __nccwpck_require__.e(/* import() */ 891).then(__nccwpck_require__.bind(__nccwpck_require__, 4891)),
    ]);
    const client = createGitHubClient(settings.token, {
        retryEnvironment: {
            ...retry/* REAL_TIME */.D,
            onRetry: ({ retry, delayMs, reason }) => {
                log.info(`GitHub answered ${reason}; retry ${retry} in ${Math.ceil(delayMs / 1000)} s`);
            },
        },
    });
    return new OctokitRepository(client, settings.owner, settings.repo);
}
/** One line for the log and the job summary. */
function describePublishResult(result, dryRun) {
    const pull = result.number === undefined ? 'a pull request' : `pull request #${result.number}`;
    const link = result.url === undefined ? '' : ` (${result.url})`;
    const held = 'the base branch already holds the generated files';
    const lines = {
        created: [`Opened ${pull}${link}.`, 'Dry run: would open a pull request.'],
        updated: [`Updated ${pull}${link}.`, `Dry run: would update ${pull}${link}.`],
        closed: [`Closed ${pull}${link}: ${held}.`, `Dry run: would close ${pull}${link}: ${held}.`],
        none: result.changed
            ? [`${capitalized(pull)}${link} is up to date.`, `Dry run: ${pull}${link} is up to date.`]
            : [`No pull request: ${held}.`, `Dry run: no pull request: ${held}.`],
    };
    const [done, wouldDo] = lines[result.operation];
    return dryRun ? wouldDo : done;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./lib/action/workflow-commands.js
// How the Action talks to the runner: log lines and `::command::` lines on
// stdout, and the files named by GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
// (GitHub docs, "Workflow commands for GitHub Actions").
//
// Our own and not @actions/core: core imports its OIDC client and with it
// undici, http, https and http2, which cost about 110 ms of every start
// before the first DNS query, a third of the 300 ms issue #7 allows. The
// protocol below is all the Action uses of it.



const stdoutLine = (line) => {
    process.stdout.write(line + external_node_os_namespaceObject.EOL);
};
function logInfo(message, write = stdoutLine) {
    write(message);
}
function annotate(kind, message, position = {}, write = stdoutLine) {
    write(workflowCommand(kind, { file: position.file, line: position.startLine, col: position.startColumn }, message));
}
/** Marks the step failed (exit code 1) and says why as an error annotation. */
function fail(message, write = stdoutLine) {
    process.exitCode = 1;
    annotate('error', message, {}, write);
}
/** Runs `task` with its log lines folded under `title`, closed even when it throws. */
async function inGroup(title, task, write = stdoutLine) {
    write(workflowCommand('group', {}, title));
    try {
        return await task();
    }
    finally {
        write(workflowCommand('endgroup', {}, ''));
    }
}
/**
 * Sets a step output: a `name<<DELIMITER` block in the GITHUB_OUTPUT file,
 * the delimiter random so that no value can end the block early and inject
 * another output. Without the file (an old runner, or a hand-run), the
 * `set-output` command.
 */
function setOutput(file, name, value, write = stdoutLine) {
    if (file === undefined) {
        write(workflowCommand('set-output', { name }, value));
        return;
    }
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    (0,external_node_fs_namespaceObject.appendFileSync)(file, `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`, 'utf8');
}
/** Appends Markdown to the job summary file; a hand-run without one has no summary. */
function appendJobSummary(file, markdown) {
    if (file !== undefined)
        (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown, 'utf8');
}
/**
 * `::name key=value,key=value::message`. Values are escaped so that a
 * newline cannot start another command, nor a comma or colon another property.
 */
function workflowCommand(name, properties, message) {
    const pairs = Object.entries(properties).flatMap(([key, value]) => value === undefined || value === '' ? [] : [`${key}=${escapeProperty(String(value))}`]);
    const head = pairs.length === 0 ? name : `${name} ${pairs.join(',')}`;
    return `::${head}::${escapeData(message)}`;
}
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

;// CONCATENATED MODULE: ./lib/action/run-action.js
// The Action: inputs -> settings -> the same pipeline as the CLI -> one pull
// request (issue #5) -> outputs, annotations and the job summary.













/** Publishing's progress: retries as log lines, what the token may lack as warnings. */
const publishLog = {
    info(message) {
        logInfo(message);
    },
    warning(message) {
        annotate('warning', message);
    },
};
async function runAction() {
    const workspace = actionWorkspace(process.env);
    try {
        await act(readActionSettings(process.env, new Date()));
    }
    catch (error) {
        if (error instanceof ConfigError) {
            for (const issue of error.issues) {
                annotate('error', issue.message, {
                    file: (0,external_node_path_namespaceObject.relative)(workspace, issue.file),
                    startLine: issue.line,
                    startColumn: issue.column,
                });
            }
            fail(`${error.issues.length} error(s) in the config file; nothing was written.`);
            return;
        }
        fail(error instanceof Error ? error.message : String(error));
    }
}
function publisherFor(target) {
    let port;
    return { target, connect: () => (port ??= connectRepository(target, publishLog)) };
}
async function act(settings) {
    const publisher = settings.publish && publisherFor(settings.publish);
    const hooks = {
        onSourceDone: (source) => {
            logInfo(`${source.kind} ${source.name}: done`);
        },
        ...(publisher && {
            proposed: proposedFiles(publisher.target, settings.workspace, publisher.connect),
        }),
    };
    const { dryRun } = settings.generate;
    // When publishing, the workspace gets the files only once the pull request
    // holds them: a run that fails to publish leaves every file as it was.
    const writes = publisher && !dryRun ? holdWrites(nodeFileStore) : undefined;
    const run = await inGroup('Resolve SPF records', () => runGenerate(settings.generate, writes?.store ?? nodeFileStore, hooks));
    const summary = summarize(run.report, settings.workspace);
    const output = (name, value) => {
        setOutput(settings.runnerFiles.outputs, name, value);
    };
    setRunOutputs(output, run.report, summary, run.queries.sent);
    for (const line of summary.attention)
        annotate('warning', line);
    for (const warning of summary.warnings)
        annotate('notice', warning);
    let published;
    let files = dryRun ? 'dry-run' : writes ? 'not-written' : 'written';
    try {
        published = await publish(run, settings, publisher, output);
        if (writes) {
            await writes.release();
            files = 'written';
        }
    }
    finally {
        // Written even when publishing failed: the review explains what was being proposed.
        appendJobSummary(settings.runnerFiles.jobSummary, jobSummary(run, summary, { dryRun, files }, published));
    }
}
/** Proposes the change as one pull request; in a dry run, only reads what it would do. */
async function publish(run, settings, publisher, output) {
    const { generate, workspace } = settings;
    if (publisher === undefined) {
        logInfo('The token input is empty: the files are in the workspace, and nothing is published.');
        return undefined;
    }
    const { target, connect } = publisher;
    const request = changeRequest(run.report, workspace, target, generate.dryRun);
    const result = await inGroup('Publish the change', () => publishStep(request, target, publishLog, connect));
    logInfo(describePublishResult(result, generate.dryRun));
    setPublishOutputs(output, result);
    return result;
}
/** Outputs a workflow can branch on (issue #4 scope 7). */
function setRunOutputs(output, report, summary, queries) {
    const { review } = report;
    output('changed', String(report.outputs.some((o) => o.changed)));
    output('files', JSON.stringify(summary.outputs.map((o) => o.path)));
    output('queries', String(queries));
    output('added', String(review.diff.rangesAdded));
    output('removed', String(review.diff.rangesRemoved));
    output('stale', String(report.outcomes.filter((o) => o.outcome === 'stale').length));
    output('needs-attention', String(review.needsAttention));
    output('headline', review.headline);
    output('review-json', reviewJson(review));
}
/** Issue #5 scope 1; `changed` now compares with the base branch rather than the checkout. */
function setPublishOutputs(output, result) {
    output('changed', String(result.changed));
    output('pull-request-operation', result.operation);
    output('pull-request-number', result.number === undefined ? '' : String(result.number));
    output('pull-request-url', result.url ?? '');
    output('commit-sha', result.commitSha ?? '');
}
function jobSummary(run, summary, { dryRun, files }, published) {
    return [
        published === undefined ? '' : `${describePublishResult(published, dryRun)}\n\n`,
        renderReviewMarkdown(run.report.review),
        renderMarkdownSummary(summary, files),
        includeGraph(run.report.sources),
    ].join('');
}
/** The include/redirect graph of every sender, collapsed (issue #3, `explain --format mermaid`). */
function includeGraph(sources) {
    const traces = sources.flatMap((s) => (s.kind === 'sender' ? [s.evaluation.trace] : []));
    if (traces.length === 0)
        return '';
    return `\n<details><summary>SPF include graph</summary>\n\n\`\`\`mermaid\n${renderMermaid(traces)}\`\`\`\n\n</details>\n`;
}


/***/ }),

/***/ 5748:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ httpFailureOf),
/* harmony export */   T: () => (/* binding */ headerText)
/* harmony export */ });
// The facts of a failed GitHub request, read from whatever Octokit threw.
// Octokit's RequestError carries `status` and `response.headers`; reading them
// by shape keeps @octokit/request-error (a transitive package) out of our
// imports, and a network failure (Octokit reports it as status 500) reads the same.
function httpFailureOf(error) {
    if (!(error instanceof Error) || !('status' in error) || typeof error.status !== 'number') {
        return undefined;
    }
    return { status: error.status, message: error.message, headers: responseHeaders(error) };
}
function responseHeaders(error) {
    if (!('response' in error))
        return {};
    const response = error.response;
    if (typeof response !== 'object' || response === null || !('headers' in response))
        return {};
    const headers = response.headers;
    if (typeof headers !== 'object' || headers === null)
        return {};
    return headers;
}
function headerText(failure, name) {
    const value = failure.headers[name];
    return value === undefined ? undefined : String(value);
}


/***/ }),

/***/ 9116:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ PublishRequestError),
/* harmony export */   RT: () => (/* binding */ checkPublishRequest),
/* harmony export */   dm: () => (/* binding */ checkBranchIsNotBase),
/* harmony export */   gO: () => (/* binding */ NEEDS_ATTENTION_LABEL)
/* harmony export */ });
// What publishChange is asked to do and what it reports (issue #5 scope 1-3),
// and the checks that keep a bad request from touching the repository.
const NEEDS_ATTENTION_LABEL = {
    name: 'spf-allowlist: needs attention',
    color: 'd93f0b',
    description: 'spf-allowlist flagged a source (stale, gone, unsafe or changed sharply): review it',
};
/** The request cannot be carried out as given; nothing was sent to GitHub. */
class PublishRequestError extends Error {
    name = 'PublishRequestError';
}
function checkPublishRequest(request) {
    if (request.branch.trim() === '') {
        throw new PublishRequestError('The branch to publish to is empty; give a branch name such as spf-allowlist/update.');
    }
    const seen = new Set();
    for (const file of request.files) {
        checkRepoPath(file.path);
        if (seen.has(file.path)) {
            throw new PublishRequestError(`${file.path} is listed twice; each output path must be unique.`);
        }
        seen.add(file.path);
    }
}
/** Git tree paths: relative, '/'-separated, no empty, '.' or '..' segments. */
function checkRepoPath(path) {
    const segments = path.split('/');
    const bad = segments.some((s) => s === '' || s === '.' || s === '..') || path.includes('\\');
    if (bad) {
        throw new PublishRequestError(`"${path}" is not a repository-relative file path; expected a path like "postscreen_spf_allowlist.cidr" or "dir/file", without a leading "/", "." or ".." segments or backslashes.`);
    }
}
/** Refuses to publish onto the base itself: the publisher force-updates and deletes its branch. */
function checkBranchIsNotBase(branch, base) {
    if (branch === base) {
        throw new PublishRequestError(`The branch to publish to (${branch}) is the base branch; give a separate branch such as spf-allowlist/update.`);
    }
}


/***/ }),

/***/ 6042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ REAL_TIME),
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* unused harmony export retryDecision */
/* harmony import */ var _http_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5748);
// Retries for GitHub requests (issue #5 scope 4): server errors with
// exponential backoff, rate limits by GitHub's own rules. GitHub's REST docs,
// "Rate limits for the REST API" / "Best practices": when `retry-after` is
// present wait that many seconds; when `x-ratelimit-remaining` is 0 wait until
// `x-ratelimit-reset` (epoch seconds); otherwise, for a secondary rate limit,
// wait at least one minute and back off exponentially.

const DEFAULT_RETRY_POLICY = {
    maxRetries: 4,
    baseDelayMs: 1_000,
    maxBackoffMs: 30_000,
    secondaryMinimumMs: 60_000,
    maxWaitMs: 10 * 60_000,
};
const NO_RETRY = { retry: false };
/** Whether (and after how long) to retry a failure after `retries` earlier retries. */
function retryDecision(failure, retries, policy, nowMs) {
    if (retries >= policy.maxRetries)
        return NO_RETRY;
    const wait = waitFor(failure, retries, policy, nowMs);
    if (wait === undefined || wait.delayMs > policy.maxWaitMs)
        return NO_RETRY;
    return { retry: true, ...wait };
}
function waitFor(failure, retries, policy, nowMs) {
    const backoff = Math.min(policy.baseDelayMs * 2 ** retries, policy.maxBackoffMs);
    const retryAfter = retryAfterMs(failure, nowMs);
    // Octokit reports a request that got no response (reset, refused) as status 500.
    if (failure.status >= 500) {
        return { delayMs: retryAfter ?? backoff, reason: `HTTP ${failure.status}` };
    }
    if (failure.status !== 403 && failure.status !== 429)
        return undefined;
    if (retryAfter !== undefined)
        return { delayMs: retryAfter, reason: 'rate limit (retry-after)' };
    const reset = primaryResetMs(failure, nowMs);
    if (reset !== undefined)
        return { delayMs: reset, reason: 'rate limit (x-ratelimit-reset)' };
    if (failure.status === 429 || /secondary rate limit/i.test(failure.message)) {
        return {
            delayMs: Math.max(policy.secondaryMinimumMs, backoff),
            reason: 'secondary rate limit',
        };
    }
    // A 403 without rate-limit signs is a permission problem: retrying cannot help.
    return undefined;
}
/** `retry-after` is delay-seconds or an HTTP-date (RFC 9110 section 10.2.3). */
function retryAfterMs(failure, nowMs) {
    const value = (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .headerText */ .T)(failure, 'retry-after')?.trim();
    if (value === undefined || value === '')
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1_000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}
function primaryResetMs(failure, nowMs) {
    if ((0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .headerText */ .T)(failure, 'x-ratelimit-remaining') !== '0')
        return undefined;
    const reset = Number((0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .headerText */ .T)(failure, 'x-ratelimit-reset'));
    if (!Number.isFinite(reset) || reset <= 0)
        return undefined;
    // One second of slack: the reset time is whole seconds.
    return Math.max(0, reset * 1_000 - nowMs) + 1_000;
}
const REAL_TIME = {
    sleep: (ms) => new Promise((resolve) => {
        setTimeout(resolve, ms);
    }),
    now: () => Date.now(),
};
/** Runs `send`, retrying the failures retryDecision allows; the last failure is rethrown. */
async function withRetries(send, policy, environment) {
    for (let retries = 0;; retries++) {
        try {
            return await send();
        }
        catch (error) {
            const failure = (0,_http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .httpFailureOf */ .S)(error);
            if (failure === undefined)
                throw error;
            const decision = retryDecision(failure, retries, policy, environment.now());
            if (!decision.retry)
                throw error;
            environment.onRetry?.({
                retry: retries + 1,
                delayMs: decision.delayMs,
                reason: decision.reason,
            });
            await environment.sleep(decision.delayMs);
        }
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(4905);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
