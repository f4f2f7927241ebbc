package pagekit

import "path/filepath"

// BuildEmbed adds the command card to a site BuildSite wrote into dir:
// embed.html, static/embed.css and static/embed.wasm compiled from
// ./wasm/embed (build.sh builds it the same way).
func BuildEmbed(root, dir string) error {
	for _, name := range []string{"embed.html", "static/embed.css"} {
		if err := CopyFile(filepath.Join(root, filepath.FromSlash(name)), filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			return err
		}
	}
	return BuildWasm(root, "./wasm/embed", filepath.Join(dir, "static", "embed.wasm"))
}
