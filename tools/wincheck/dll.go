package wincheck

import "encoding/binary"

// ForwarderDLL returns a 1024-byte PE32+ DLL with no code, named
// bcryptprimitives.dll, whose one export ProcessPrng forwards to
// advapi32.SystemFunction036 (RtlGenRandom). Go 1.22+ Windows programs load
// bcryptprimitives!ProcessPrng at start-up and die without it, and Wine 8
// has no such DLL (docs/windows-quoting.md §2.1). The two
// functions fill a buffer with random bytes and return a true BOOL/BOOLEAN;
// Go looks only at the low byte of the result.
//
// Layout (Microsoft, "PE Format"): DOS header at 0, PE signature at 0x40, COFF
// header, PE32+ optional header with the export directory entry, one section
// header; the section (.edata, RVA 0x1000, file offset 0x200) holds the export
// directory and its tables and strings. An export whose address lies inside
// the export directory's range is a forwarder: the address is that of the
// string "DLL.Function".
func ForwarderDLL() []byte {
	const (
		fileAlign = 0x200
		sectRVA   = 0x1000
	)
	b := make([]byte, 2*fileAlign)
	le := binary.LittleEndian
	// DOS header: "MZ" and e_lfanew.
	copy(b, "MZ")
	le.PutUint32(b[0x3c:], 0x40)
	copy(b[0x40:], "PE\x00\x00")
	// COFF file header.
	coff := b[0x44:]
	le.PutUint16(coff[0:], 0x8664)   // Machine: AMD64
	le.PutUint16(coff[2:], 1)        // NumberOfSections
	le.PutUint16(coff[16:], 240)     // SizeOfOptionalHeader
	le.PutUint16(coff[18:], 0x2022)  // EXECUTABLE_IMAGE | LARGE_ADDRESS_AWARE | DLL
	opt := b[0x58:]                  // optional header, PE32+
	le.PutUint16(opt[0:], 0x20b)     // Magic
	le.PutUint32(opt[8:], fileAlign) // SizeOfInitializedData
	le.PutUint32(opt[20:], sectRVA)  // BaseOfCode
	le.PutUint64(opt[24:], 0x180000000)
	le.PutUint32(opt[32:], 0x1000)    // SectionAlignment
	le.PutUint32(opt[36:], fileAlign) // FileAlignment
	le.PutUint16(opt[40:], 6)         // MajorOperatingSystemVersion
	le.PutUint16(opt[48:], 6)         // MajorSubsystemVersion
	le.PutUint32(opt[56:], 0x2000)    // SizeOfImage
	le.PutUint32(opt[60:], fileAlign) // SizeOfHeaders
	le.PutUint16(opt[68:], 3)         // Subsystem: console
	le.PutUint16(opt[70:], 0x0100)    // DllCharacteristics: NX_COMPAT
	le.PutUint64(opt[72:], 0x100000)  // SizeOfStackReserve
	le.PutUint64(opt[80:], 0x1000)    // SizeOfStackCommit
	le.PutUint64(opt[88:], 0x100000)  // SizeOfHeapReserve
	le.PutUint64(opt[96:], 0x1000)    // SizeOfHeapCommit
	le.PutUint32(opt[108:], 16)       // NumberOfRvaAndSizes

	// Section contents, addressed by RVA.
	sect := b[fileAlign:]
	at := func(rva int) []byte { return sect[rva-sectRVA:] }
	const (
		eat      = sectRVA + 40
		names    = eat + 4
		ords     = names + 4
		dllName  = ords + 4
		funcName = dllName + len("bcryptprimitives.dll\x00")
		target   = funcName + len("ProcessPrng\x00")
		end      = target + len("advapi32.SystemFunction036\x00")
	)
	dir := at(sectRVA)
	le.PutUint32(dir[12:], dllName)       // Name
	le.PutUint32(dir[16:], 1)             // Base
	le.PutUint32(dir[20:], 1)             // NumberOfFunctions
	le.PutUint32(dir[24:], 1)             // NumberOfNames
	le.PutUint32(dir[28:], eat)           // AddressOfFunctions
	le.PutUint32(dir[32:], names)         // AddressOfNames
	le.PutUint32(dir[36:], ords)          // AddressOfNameOrdinals
	le.PutUint32(at(eat), uint32(target)) // the forwarder string
	le.PutUint32(at(names), uint32(funcName))
	le.PutUint16(at(ords), 0)
	copy(at(dllName), "bcryptprimitives.dll\x00")
	copy(at(funcName), "ProcessPrng\x00")
	copy(at(target), "advapi32.SystemFunction036\x00")

	// Export directory entry of the optional header's data directories.
	le.PutUint32(opt[112:], sectRVA)
	le.PutUint32(opt[116:], uint32(end-sectRVA))
	// Section header.
	sh := b[0x58+240:]
	copy(sh, ".edata")
	le.PutUint32(sh[8:], uint32(end-sectRVA)) // VirtualSize
	le.PutUint32(sh[12:], sectRVA)            // VirtualAddress
	le.PutUint32(sh[16:], fileAlign)          // SizeOfRawData
	le.PutUint32(sh[20:], fileAlign)          // PointerToRawData
	le.PutUint32(sh[36:], 0x40000040)         // INITIALIZED_DATA | MEM_READ
	return b
}
